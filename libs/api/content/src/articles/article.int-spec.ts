import { EventsModule } from '@ascend/events';
import { IdentityModule } from '@ascend/identity';
import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { ContentModule } from '../content.module';
import { buildArticle } from '../shared/content-scenario';

const FIELDS = `id slug title description body pubDate category tags draft promo status publicUrl authorName bodyHtml`;
const CREATE = `mutation($input: ArticleInput!) { createArticle(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { ${FIELDS} } }`;
const LIST = `query($filter: ArticleFilter) { articles(filter: $filter) { slug status } }`;

interface ArticleAnswer {
  id: string;
  slug: string;
  status: string;
  [field: string]: unknown;
}

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const fieldsOf = (answer: { errors?: { extensions?: { fields?: { field: string; message: string }[] } }[] }) => answer.errors?.[0].extensions?.fields;

describe('writing articles', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, EventsModule, ContentModule] });
  });
  afterAll(() => t.close());

  it('creates a draft with a slug from its title by its author, renders its body safely, and numbers a second of the same title', async () => {
    const practice = await buildPractice(t, { coaches: 1, clients: 0 });
    const coach = practice.coaches[0];
    const input = { title: 'Délégation: the work only you were doing', body: '## Why\n\nBecause you **can**. <script>alert(1)</script>', tags: [' Delegation', 'delegation ', 'Focus'] };
    const created = await t.graphql<{ createArticle: ArticleAnswer }>(CREATE, { input }, coach.headers);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createArticle).toMatchObject({
      slug: 'delegation-the-work-only-you-were-doing',
      status: 'DRAFT',
      draft: true,
      promo: false,
      tags: ['Delegation', 'Focus'],
      authorName: coach.name,
      bodyHtml: '<h2>Why</h2>\n<p>Because you <strong>can</strong>. </p>\n',
      publicUrl: `${t.config.publicUrl}/p/${practice.slug}/articles/delegation-the-work-only-you-were-doing`,
    });
    const second = await t.graphql<{ createArticle: ArticleAnswer }>(CREATE, { input }, coach.headers);
    expect(second.data?.createArticle.slug).toBe('delegation-the-work-only-you-were-doing-2');
  });

  it('gives articles of the same title created at the same moment different slugs', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => t.graphql<{ createArticle: ArticleAnswer }>(CREATE, { input: { title: 'Saying no kindly' } }, practice.owner.headers)),
    );
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(answers.map((a) => a.data!.createArticle.slug).sort()).toEqual(['saying-no-kindly', 'saying-no-kindly-2', 'saying-no-kindly-3', 'saying-no-kindly-4']);
  });

  it('refuses a slug another article of the practice has, on input.slug, while another practice may use it', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const other = await buildPractice(t, { coaches: 0, clients: 0 });
    await buildArticle(t, practice, { slug: 'the-bottleneck' });
    const clash = await t.graphql(CREATE, { input: { title: 'Another', slug: 'the-bottleneck' } }, practice.owner.headers);
    expect(clash.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(clash)).toEqual([{ field: 'input.slug', message: 'is already used by another article' }]);
    const elsewhere = await t.graphql(CREATE, { input: { title: 'Another', slug: 'the-bottleneck' } }, other.owner.headers);
    expect(elsewhere.errors).toBeUndefined();

    const mine = await buildArticle(t, practice, { slug: 'mine' });
    const moved = await t.graphql(UPDATE, { input: { id: mine.id, title: 'Mine', slug: 'the-bottleneck' } }, practice.owner.headers);
    expect(fieldsOf(moved)).toEqual([{ field: 'input.slug', message: 'is already used by another article' }]);
    expect((await t.db.query<{ slug: string }>('select slug from article where id = $1', [mine.id]))[0].slug).toBe('mine');
  });

  it('is a draft, scheduled or published, and a scheduled one becomes public on its own when its date comes', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const create = async (slug: string, extra: Record<string, unknown>) =>
      (await t.graphql<{ createArticle: ArticleAnswer }>(CREATE, { input: { title: slug, slug, ...extra } }, practice.owner.headers)).data!.createArticle;
    const draft = await create('still-a-draft', { pubDate: inHours(-5) });
    const scheduled = await create('next-week', { draft: false, pubDate: inHours(24 * 7) });
    const published = await create('out-now', { draft: false });
    expect([draft.status, scheduled.status, published.status]).toEqual(['DRAFT', 'SCHEDULED', 'PUBLISHED']);
    const isPublic = async () =>
      (await t.db.query<{ slug: string }>('select slug from public_article where tenant_id = $1 order by slug', [practice.practiceId])).map((r) => r.slug);
    expect(await isPublic()).toEqual(['out-now']);
    expect((await t.graphql<{ articles: { slug: string }[] }>(LIST, { filter: { status: 'SCHEDULED' } }, practice.owner.headers)).data?.articles).toEqual([
      { slug: 'next-week', status: 'SCHEDULED' },
    ]);

    // Time passes: nothing is run, the date alone publishes it.
    await t.db.query(`update article set pub_date = now() - interval '1 minute' where id = $1`, [scheduled.id]);
    expect(await isPublic()).toEqual(['next-week', 'out-now']);
    const again = await t.graphql<{ article: ArticleAnswer }>(`query($id: ID!) { article(id: $id) { status } }`, { id: scheduled.id }, practice.owner.headers);
    expect(again.data?.article.status).toBe('PUBLISHED');
  });

  it('refuses bad fields by name and writes nothing', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const tooMany = Array.from({ length: 21 }, (_, i) => `tag ${i}`);
    const bad = await t.graphql(CREATE, { input: { title: 'Fine', category: 'c'.repeat(61), tags: tooMany } }, practice.owner.headers);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual([
      { field: 'input.category', message: 'must be at most 60 characters' },
      { field: 'input.tags', message: 'must be at most 20 tags' },
    ]);
    const blank = await t.graphql(CREATE, { input: { title: '   ', slug: 'Not A Slug' } }, practice.owner.headers);
    expect(fieldsOf(blank)?.map((f) => f.field).sort()).toEqual(['input.slug', 'input.title']);
    const longTag = await t.graphql(CREATE, { input: { title: 'Fine', tags: ['x'.repeat(41)] } }, practice.owner.headers);
    expect(fieldsOf(longTag)?.[0].field).toBe('input.tags');
    expect(await t.db.query('select id from article where tenant_id = $1', [practice.practiceId])).toEqual([]);
  });

  it('edits every field, keeps the slug and date when they are left out, and deletes', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const article = await buildArticle(t, practice, { slug: 'before', pubDateInHours: -48 });
    const input = { id: article.id, title: 'After', description: 'Now with a summary', body: 'New *body*', category: 'Delegation', tags: ['Trust'], draft: false, promo: true };
    const updated = await t.graphql<{ updateArticle: ArticleAnswer }>(UPDATE, { input }, practice.owner.headers);
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateArticle).toMatchObject({
      slug: 'before',
      title: 'After',
      description: 'Now with a summary',
      category: 'Delegation',
      tags: ['Trust'],
      promo: true,
      status: 'PUBLISHED',
      pubDate: article.pubDate.toISOString(),
      bodyHtml: '<p>New <em>body</em></p>\n',
    });
    const renamed = await t.graphql<{ updateArticle: ArticleAnswer }>(UPDATE, { input: { ...input, slug: 'after' } }, practice.owner.headers);
    expect(renamed.data?.updateArticle.slug).toBe('after');

    expect((await t.graphql(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: article.id }, practice.owner.headers)).data).toEqual({ deleteArticle: true });
    const gone = await t.graphql(`query($id: ID!) { article(id: $id) { id } }`, { id: article.id }, practice.owner.headers);
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const twice = await t.graphql(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: article.id }, practice.owner.headers);
    expect(twice.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists newest first by status, category, tag and words, and offers the categories in use', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    await buildArticle(t, practice, { slug: 'old', title: 'Old habits', pubDateInHours: -100, category: 'Leadership', tags: ['Focus'] });
    await buildArticle(t, practice, { slug: 'new', title: 'New habits 100%', pubDateInHours: -1, category: 'Delegation', tags: ['Trust', 'Focus'] });
    await buildArticle(t, practice, { slug: 'draft', title: 'Half written', draft: true, pubDateInHours: 10, category: 'leadership', tags: [] });
    const list = async (filter?: Record<string, unknown>) =>
      (await t.graphql<{ articles: { slug: string }[] }>(LIST, { filter }, practice.owner.headers)).data!.articles.map((a) => a.slug);
    expect(await list()).toEqual(['draft', 'new', 'old']);
    expect(await list({ status: 'PUBLISHED' })).toEqual(['new', 'old']);
    expect(await list({ category: 'LEADERSHIP' })).toEqual(['draft', 'old']);
    expect(await list({ tag: 'focus' })).toEqual(['new', 'old']);
    expect(await list({ search: '100%' })).toEqual(['new']);
    expect((await t.graphql(`{ articleCategories }`, {}, practice.owner.headers)).data).toEqual({ articleCategories: ['Delegation', 'Leadership'] });
  });

  it('previews markdown with the public renderer, and lets a client see none of it', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 1 });
    const preview = await t.graphql(`query($m: String!) { articlePreview(markdown: $m) }`, { m: '# Hi\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>' }, practice.owner.headers);
    expect(preview.data?.articlePreview).toMatch(/^<h2>Hi<\/h2>\n<p><a [^>]*>x<\/a> <\/p>\n$/);
    expect(preview.data?.articlePreview).not.toMatch(/javascript|onerror|<img/);
    const asClient = await t.graphql(`{ articles { id } }`, {}, practice.clients[0].headers);
    expect(asClient.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
