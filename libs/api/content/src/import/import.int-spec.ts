import { EventsModule } from '@ascend/events';
import { IdentityModule } from '@ascend/identity';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { buildPractice, PracticeScenario, startTestApp, TestApp } from '@ascend/platform/testing';
import { ContentModule } from '../content.module';
import { ArticleImportService } from './article-import.service';

const IMPORT = `mutation($input: ImportArticlesInput!) {
  importArticles(input: $input) { committed created updated unchanged failed files { name outcome slug title articleId needsReview problems { field message } } }
}`;

interface FileResult {
  name: string;
  outcome: string;
  slug: string | null;
  title: string | null;
  articleId: string | null;
  needsReview: boolean;
  problems: { field: string; message: string }[];
}
interface ImportAnswer {
  committed: boolean;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  files: FileResult[];
}

const post = (title: string, extra = '', body = 'You fix it because you can.') => `---\ntitle: "${title}"\n${extra}---\n${body}\n`;
const GOOD = [
  { name: 'bottleneck.md', content: post('Stop being the bottleneck', 'category: Delegation\ntags: [Delegation, Focus]\npubDate: 2024-05-01\n') },
  { name: 'saying-no.markdown', content: post('Saying no kindly', 'draft: false\nads: true\n') },
];
const BAD = [
  { name: 'tags-number.md', content: post('Tags as a number', 'tags: 5\n') },
  { name: 'impossible-date.md', content: post('An impossible date', 'pubDate: 2024-02-30\n') },
  { name: 'no-title.md', content: '---\ndescription: Where is my title\n---\nBody' },
  { name: 'twin-a.md', content: post('Twins') },
  { name: 'twin-b.md', content: post('Twins', 'category: Other\n') },
];

describe('importing markdown articles', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, EventsModule, ContentModule] });
  });
  afterAll(() => t.close());

  const importAs = async (practice: PracticeScenario, input: Record<string, unknown>) => {
    const answer = await t.graphql<{ importArticles: ImportAnswer }>(IMPORT, { input }, practice.owner.headers);
    expect(answer.errors).toBeUndefined();
    return answer.data!.importArticles;
  };
  const articlesOf = (practice: PracticeScenario) =>
    t.db.query<{ slug: string; title: string; draft: boolean; promo: boolean; tags: string[]; category: string; pub_date: Date; body: string }>(
      'select slug, title, draft, promo, tags, category, pub_date, body from article where tenant_id = $1 order by slug',
      [practice.practiceId],
    );

  it('creates, then leaves unchanged, then updates by slug: importing the same folder twice changes nothing', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const first = await importAs(practice, { files: GOOD });
    expect(first).toMatchObject({ committed: true, created: 2, updated: 0, unchanged: 0, failed: 0 });
    expect(first.files.map((f) => [f.name, f.outcome, f.slug, f.needsReview])).toEqual([
      ['bottleneck.md', 'CREATED', 'stop-being-the-bottleneck', false],
      ['saying-no.markdown', 'CREATED', 'saying-no-kindly', false],
    ]);
    expect(first.files.every((f) => f.articleId)).toBe(true);
    const stored = await articlesOf(practice);
    expect(stored.map(({ body, pub_date, ...rest }) => ({ ...rest, hasBody: body.length > 0, dated: pub_date.toISOString().slice(0, 10) }))).toEqual([
      { slug: 'saying-no-kindly', title: 'Saying no kindly', draft: false, promo: true, tags: [], category: '', hasBody: true, dated: new Date().toISOString().slice(0, 10) },
      { slug: 'stop-being-the-bottleneck', title: 'Stop being the bottleneck', draft: false, promo: false, tags: ['Delegation', 'Focus'], category: 'Delegation', hasBody: true, dated: '2024-05-01' },
    ]);

    const again = await importAs(practice, { files: GOOD });
    expect(again).toMatchObject({ committed: true, created: 0, updated: 0, unchanged: 2, failed: 0 });
    expect(again.files.map((f) => f.articleId)).toEqual(first.files.map((f) => f.articleId));

    const edited = [GOOD[0], { ...GOOD[1], content: post('Saying no kindly', 'draft: false\nads: true\n', 'A clearer second draft.') }];
    const third = await importAs(practice, { files: edited });
    expect(third.files.map((f) => f.outcome)).toEqual(['UNCHANGED', 'UPDATED']);
    expect((await articlesOf(practice)).find((a) => a.slug === 'saying-no-kindly')?.body).toBe('A clearer second draft.');
  });

  it('refuses every bad file of the issue by name and field, and all or nothing writes none of the good ones', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const result = await importAs(practice, { files: [...GOOD, ...BAD] });
    expect(result).toMatchObject({ committed: false, created: 2, failed: 5 });
    const problems = Object.fromEntries(result.files.map((f) => [f.name, f.problems.map((p) => `${p.field}: ${p.message}`)]));
    expect(problems).toEqual({
      'bottleneck.md': [],
      'saying-no.markdown': [],
      'tags-number.md': ['tags: must be a list of words'],
      'impossible-date.md': ['pubDate: is not a real date'],
      'no-title.md': ['title: is required'],
      'twin-a.md': ['slug: duplicate slug in this import: "twins" is also the slug of twin-b.md'],
      'twin-b.md': ['slug: duplicate slug in this import: "twins" is also the slug of twin-a.md'],
    });
    expect(result.files.map((f) => f.articleId)).toEqual([null, null, null, null, null, null, null]);
    expect(await articlesOf(practice)).toEqual([]);
  });

  it('imports the good files and reports the bad ones per file', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const result = await importAs(practice, { files: [...GOOD, ...BAD], mode: 'PER_FILE' });
    expect(result).toMatchObject({ committed: true, created: 2, failed: 5 });
    expect((await articlesOf(practice)).map((a) => a.slug)).toEqual(['saying-no-kindly', 'stop-being-the-bottleneck']);
  });

  it('reports what a dry run would do and writes nothing', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    await importAs(practice, { files: [GOOD[0]] });
    const dry = await importAs(practice, { files: [{ ...GOOD[0], content: post('Stop being the bottleneck', 'category: Focus\n') }, GOOD[1]], dryRun: true });
    expect(dry).toMatchObject({ committed: false, created: 1, updated: 1 });
    expect((await articlesOf(practice)).map((a) => [a.slug, a.category])).toEqual([['stop-being-the-bottleneck', 'Delegation']]);
  });

  it('brings in a file without frontmatter as a draft titled by its first heading, to review', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const result = await importAs(practice, { files: [{ name: 'notes.txt', content: 'Some intro\n\n# The meeting you should skip\n\nSkip it.' }] });
    expect(result.files[0]).toMatchObject({ outcome: 'CREATED', slug: 'the-meeting-you-should-skip', title: 'The meeting you should skip', needsReview: true });
    expect(await articlesOf(practice)).toMatchObject([{ draft: true, body: 'Some intro\n\nSkip it.' }]);
  });

  it('stores a script payload as written, and the rendered body never carries it', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const payload = 'Hello <script>alert(document.cookie)</script> <a href="javascript:alert(1)" onclick="x()">link</a> <img src=x onerror=alert(1)>';
    const result = await importAs(practice, { files: [{ name: 'payload.md', content: post('A payload', '', payload) }] });
    expect(result.files[0].outcome).toBe('CREATED');
    const read = await t.graphql<{ article: { body: string; bodyHtml: string } }>(
      `query($id: ID!) { article(id: $id) { body bodyHtml } }`,
      { id: result.files[0].articleId },
      practice.owner.headers,
    );
    expect(read.data?.article.body).toBe(payload);
    expect(read.data?.article.bodyHtml).toContain('Hello');
    expect(read.data?.article.bodyHtml).not.toMatch(/<script|alert|javascript:|onclick|onerror|<img/i);
  });

  it('refuses a file larger than 1 MB by name: a 20 MB file from the command, a 1.1 MB one through the API', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const db = t.app.get(TenantDatabase);
    const service = t.app.get(ArticleImportService);
    const huge = { name: 'huge.md', content: post('Huge', '', 'x'.repeat(20 * 1024 * 1024)) };
    const result = await db.run({ practiceId: practice.practiceId, userId: practice.owner.userId }, () => service.import({ files: [huge, GOOD[0]], mode: 'ALL_OR_NOTHING', dryRun: false }));
    expect(result.files[0]).toMatchObject({ name: 'huge.md', outcome: 'FAILED', problems: [{ field: 'file', message: 'is larger than 1 MB' }] });
    expect(result.committed).toBe(false);

    const large = await importAs(practice, { files: [{ name: 'large.md', content: post('Large', '', 'y'.repeat(1_100_000)) }], mode: 'PER_FILE' });
    expect(large.files[0].problems).toEqual([{ field: 'file', message: 'is larger than 1 MB' }]);
    expect(await articlesOf(practice)).toEqual([]);
  });

  it('refuses more than 200 files in one request, naming the list', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const files = Array.from({ length: 201 }, (_, i) => ({ name: `post-${i}.md`, content: post(`Post ${i}`) }));
    const answer = await t.graphql(IMPORT, { input: { files } }, practice.owner.headers);
    expect(answer.errors?.[0].extensions?.fields).toEqual([{ field: 'input.files', message: 'must be at most 200 files per import' }]);
  });

  it('settles two imports of the same new file at the same moment: one creates it, the other finds it unchanged', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const results = await Promise.all([importAs(practice, { files: [GOOD[0]] }), importAs(practice, { files: [GOOD[0]] })]);
    expect(results.map((r) => r.files[0].outcome).sort()).toEqual(['CREATED', 'UNCHANGED']);
    expect(results[0].files[0].articleId).toBe(results[1].files[0].articleId);
    expect(await articlesOf(practice)).toHaveLength(1);
  });

  it('lets a client import nothing', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 1 });
    const answer = await t.graphql(IMPORT, { input: { files: GOOD } }, practice.clients[0].headers);
    expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
