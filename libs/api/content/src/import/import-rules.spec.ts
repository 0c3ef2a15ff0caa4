import type { ArticleFields } from '../shared/article-store';
import { planFile, prepareFile, refuseDuplicateSlugs } from './import-rules';

const now = new Date('2026-03-01T12:00:00Z');
const existing: ArticleFields = {
  slug: 'saying-no',
  title: 'Saying no',
  description: 'Kindly.',
  body: 'Body',
  pubDate: new Date('2025-01-01T00:00:00Z'),
  category: 'Leadership',
  tags: ['Focus'],
  draft: false,
  promo: true,
};

describe('planning an import', () => {
  it('checks the name, the type and the size before reading a file', () => {
    expect(prepareFile({ name: 'photo.png', content: 'x' }).problems).toEqual([{ field: 'file', message: 'must be a .md, .markdown or .txt file' }]);
    expect(prepareFile({ name: 'big.md', content: '', bytes: 20 * 1024 * 1024 }).problems).toEqual([{ field: 'file', message: 'is larger than 1 MB' }]);
    expect(prepareFile({ name: 'ok.md', content: '---\ntitle: Hi\nslug: my-slug\n---\n' }).slug).toBe('my-slug');
  });

  it('fails both files of a slug that appears twice, naming the other', () => {
    const files = refuseDuplicateSlugs([prepareFile({ name: 'a.md', content: '# Same' }), prepareFile({ name: 'b.txt', content: 'Same' }), prepareFile({ name: 'c.md', content: '# Other' })]);
    expect(files.map((f) => f.problems.map((p) => p.message))).toEqual([
      ['duplicate slug in this import: "same" is also the slug of b.txt'],
      ['duplicate slug in this import: "same" is also the slug of a.md'],
      [],
    ]);
  });

  it('keeps what the file leaves out, so the same file twice is unchanged', () => {
    const file = prepareFile({ name: 'saying-no.md', content: '---\ntitle: Saying no\n---\nBody' });
    expect(planFile(file, { id: 'x', article: existing }, now)).toMatchObject({ outcome: 'UNCHANGED', articleId: 'x', article: existing });
    const changed = prepareFile({ name: 'saying-no.md', content: '---\ntitle: Saying no\ntags: [Focus, Trust]\n---\nBody' });
    expect(planFile(changed, { id: 'x', article: existing }, now)).toMatchObject({ outcome: 'UPDATED', article: { ...existing, tags: ['Focus', 'Trust'] } });
  });

  it('creates a new one published now, or as a draft when it had no frontmatter', () => {
    expect(planFile(prepareFile({ name: 'a.md', content: '---\ntitle: A\n---\nx' }), undefined, now).article).toMatchObject({ draft: false, pubDate: now, promo: false });
    expect(planFile(prepareFile({ name: 'a.txt', content: 'A\nx' }), undefined, now)).toMatchObject({ outcome: 'CREATED', needsReview: true, article: { draft: true } });
    expect(planFile(prepareFile({ name: 'a.md', content: '---\ntags: 3\n---\n' }), undefined, now).outcome).toBe('FAILED');
  });
});
