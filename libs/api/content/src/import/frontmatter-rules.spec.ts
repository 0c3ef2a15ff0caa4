import { readArticleFile } from './frontmatter-rules';

const file = (frontmatter: string, body = 'The work only you were doing.') => `---\n${frontmatter}\n---\n${body}`;

describe('reading an article file', () => {
  it('reads every frontmatter key coaches keep', () => {
    const read = readArticleFile(
      file(
        [
          'title: "Why fixers stall one level up"',
          'description: The habit that got you promoted.',
          'pubDate: 2024-05-01',
          'category: Leadership',
          'tags: [Delegation, strategy, delegation]',
          'draft: false',
          'ads: true',
          'layout: post',
        ].join('\n'),
      ),
    );
    expect(read).toEqual({
      needsReview: false,
      problems: [],
      fields: {
        title: 'Why fixers stall one level up',
        body: 'The work only you were doing.',
        description: 'The habit that got you promoted.',
        pubDate: new Date('2024-05-01T00:00:00Z'),
        category: 'Leadership',
        tags: ['Delegation', 'strategy'],
        draft: false,
        promo: true,
      },
    });
  });

  it('accepts date for pubDate, a comma string for tags, promo for ads, times with a zone, and Windows line ends', () => {
    const read = readArticleFile(file('title: Saying no\r\ndate: 2024-05-01T09:30:00+02:00\r\ntags: "one, two ,"\r\npromo: false').replace(/\n/g, '\r\n'));
    expect(read.fields).toMatchObject({ title: 'Saying no', pubDate: new Date('2024-05-01T07:30:00Z'), tags: ['one', 'two'], promo: false });
  });

  it('leaves out what the frontmatter does not say', () => {
    expect(readArticleFile(file('title: Only a title')).fields).toEqual({ title: 'Only a title', body: 'The work only you were doing.' });
  });

  it('names each wrong field: tags as a number, an impossible date, a draft flag as text', () => {
    expect(readArticleFile(file('title: x\ntags: 5\npubDate: 2024-02-30\ndraft: maybe')).problems).toEqual([
      { field: 'pubDate', message: 'is not a real date' },
      { field: 'tags', message: 'must be a list of words' },
      { field: 'draft', message: 'must be true or false' },
    ]);
    expect(readArticleFile(file('title: x\ndate: next tuesday')).problems).toEqual([{ field: 'date', message: 'must be a date such as 2024-05-01' }]);
    expect(readArticleFile(file('title: x\ntags: [[nested]]')).problems).toEqual([{ field: 'tags', message: 'must be a list of words' }]);
  });

  it('requires a title, also when other fields are wrong', () => {
    expect(readArticleFile(file('description: no title here')).problems).toEqual([{ field: 'title', message: 'is required' }]);
    expect(readArticleFile(file('title: "  "\ntags: 3')).problems).toEqual([
      { field: 'title', message: 'is required' },
      { field: 'tags', message: 'must be a list of words' },
    ]);
  });

  it('reports a YAML syntax error on the frontmatter with its line', () => {
    const [problem] = readArticleFile('---\ntitle: ok\ntags: [one, two\ncategory: x\n---\nbody').problems;
    expect(problem.field).toBe('frontmatter');
    expect(problem.message).toMatch(/^is not valid YAML \(line \d+\): /);
  });

  it('never evaluates JavaScript frontmatter', () => {
    const globals = globalThis as { pwned?: boolean };
    const read = readArticleFile('---js\n{ title: (globalThis.pwned = true, "x") }\n---\nbody');
    expect(globals.pwned).toBeUndefined();
    expect(read.problems).toEqual([{ field: 'frontmatter', message: 'is not valid YAML: only YAML frontmatter is read' }]);
  });

  it('is not fooled by a cached earlier read of the same text', () => {
    const text = file('title: Same text twice');
    readArticleFile(text).fields!.tags = ['changed'];
    expect(readArticleFile(text).fields).toEqual({ title: 'Same text twice', body: 'The work only you were doing.' });
  });

  it('takes the first heading of a file without frontmatter as its title, and marks it for review', () => {
    expect(readArticleFile('\n# The meeting you should not be in\n\nSkip it.\n\n## Why\nBecause.')).toEqual({
      needsReview: true,
      problems: [],
      fields: { title: 'The meeting you should not be in', body: 'Skip it.\n\n## Why\nBecause.' },
    });
    expect(readArticleFile('Notes on saying no\nFirst, breathe.').fields).toEqual({ title: 'Notes on saying no', body: 'First, breathe.' });
    expect(readArticleFile(' \n\n').problems).toEqual([{ field: 'file', message: 'is empty' }]);
  });

  it('keeps a script in the body as text: the renderer removes it, reading is not the place', () => {
    expect(readArticleFile(file('title: x', 'Hi <script>alert(1)</script>')).fields?.body).toBe('Hi <script>alert(1)</script>');
  });
});
