import { CoachingModule } from '@ascend/coaching';
import { EventsModule } from '@ascend/events';
import { IdentityModule } from '@ascend/identity';
import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { ContentModule } from '../content.module';
import { buildArticle, buildVideo } from '../shared/content-scenario';
import { taxonomySlug, taxonomySlugSql } from './taxonomy';

const LIST = `query($p: String!, $category: String, $tag: String, $limit: Int, $offset: Int) {
  publicArticles(practiceSlug: $p, category: $category, tag: $tag, limit: $limit, offset: $offset) { total articles { slug title category tags url } }
}`;
const ONE = `query($p: String!, $s: String!) {
  publicArticle(practiceSlug: $p, slug: $s) { slug title description pubDate category tags promo authorName url bodyHtml }
}`;
const CATEGORIES = `query($p: String!) { publicArticleCategories(practiceSlug: $p) { name slug count } }`;
const VIDEOS = `query($p: String!) { publicVideos(practiceSlug: $p) { title provider providerVideoId url embedUrl visibility } }`;

interface ListAnswer {
  publicArticles: { total: number; articles: { slug: string; title: string; category: string; tags: string[]; url: string }[] };
}

describe('the public site’s reads', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule, ContentModule] });
  });
  afterAll(() => t.close());

  const list = (variables: Record<string, unknown>) => t.graphql<ListAnswer>(LIST, variables);

  it('lists public articles newest first with a total, pages with limit and offset, and never a draft or a future one', async () => {
    const practice = await buildPractice(t);
    for (let i = 1; i <= 5; i++) await buildArticle(t, practice, { title: `Piece ${i}`, pubDateInHours: -100 + i });
    await buildArticle(t, practice, { title: 'Draft piece', draft: true });
    await buildArticle(t, practice, { title: 'Tomorrow’s piece', pubDateInHours: 24 });
    await buildArticle(t, await buildPractice(t), { title: 'Another practice’s piece' });

    const first = await list({ p: practice.slug, limit: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.publicArticles.total).toBe(5);
    expect(first.data?.publicArticles.articles.map((a) => a.title)).toEqual(['Piece 5', 'Piece 4']);
    const rest = await list({ p: practice.slug, limit: 50, offset: 2 });
    expect(rest.data?.publicArticles.articles.map((a) => a.title)).toEqual(['Piece 3', 'Piece 2', 'Piece 1']);
    const article = first.data!.publicArticles.articles[0];
    expect(article.url).toBe(`${t.config.publicUrl}/p/${practice.slug}/articles/${article.slug}`);
  });

  it('filters by the slug of a category or tag (the name works too), as the SQL and the links compute it alike', async () => {
    const practice = await buildPractice(t);
    await buildArticle(t, practice, { title: 'On handing over', category: 'Délégation & confiance', tags: ['Führung', 'Saying no'] });
    await buildArticle(t, practice, { title: 'On calendars', category: 'Time', tags: ['saying no'] });
    const titles = async (variables: Record<string, unknown>) => (await list({ p: practice.slug, ...variables })).data?.publicArticles.articles.map((a) => a.title).sort();
    expect(await titles({ category: 'delegation-confiance' })).toEqual(['On handing over']);
    expect(await titles({ category: 'Délégation & confiance' })).toEqual(['On handing over']);
    expect(await titles({ tag: 'fuhrung' })).toEqual(['On handing over']);
    expect(await titles({ tag: 'saying-no' })).toEqual(['On calendars', 'On handing over']);
    expect(await titles({ category: 'time', tag: 'fuhrung' })).toEqual([]);
    expect(await titles({ category: '***' })).toEqual([]);
  });

  it('slugs names in SQL exactly as in TypeScript', async () => {
    const names = ['Leading teams', 'Délégation : ce que vous gardez', 'Führung', 'İstanbul', 'C++ & Rust', '  -x- ', 'Ｆｕｌｌ ｗｉｄｔｈ', '日本語'];
    const rows = await t.db.query<{ slug: string }>(`select ${taxonomySlugSql('name')} as slug from unnest($1::text[]) with ordinality as n(name, i) order by i`, [names]);
    expect(rows.map((r) => r.slug)).toEqual(names.map(taxonomySlug));
  });

  it('refuses a limit above 50, naming it', async () => {
    const practice = await buildPractice(t);
    const answer = await list({ p: practice.slug, limit: 51 });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'limit', message: 'must be between 1 and 50' }] });
  });

  it('reads one public article with its safe HTML; null for a draft, a future or an unknown article', async () => {
    const practice = await buildPractice(t);
    const article = await buildArticle(t, practice, { body: 'Hand it **back**.\n\n<script>alert(1)</script><img src=x onerror=alert(1)>', promo: true, tags: ['Delegation'] });
    const draft = await buildArticle(t, practice, { draft: true });
    const future = await buildArticle(t, practice, { pubDateInHours: 2 });
    const answer = await t.graphql<{ publicArticle: Record<string, unknown> }>(ONE, { p: practice.slug, s: article.slug });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.publicArticle).toEqual({
      slug: article.slug,
      title: article.title,
      description: 'The habit that got you promoted is the one that holds you back.',
      pubDate: article.pubDate.toISOString(),
      category: 'Leadership',
      tags: ['Delegation'],
      promo: true,
      authorName: 'Olive Owner',
      url: `${t.config.publicUrl}/p/${practice.slug}/articles/${article.slug}`,
      bodyHtml: '<p>Hand it <strong>back</strong>.</p>\n',
    });
    for (const slug of [draft.slug, future.slug, 'no-such-article']) {
      const missing = await t.graphql(ONE, { p: practice.slug, s: slug });
      expect(missing).toMatchObject({ data: { publicArticle: null } });
      expect(missing.errors).toBeUndefined();
    }
  });

  it('counts the categories of public articles, merged by slug, without drafts or empty categories', async () => {
    const practice = await buildPractice(t);
    await buildArticle(t, practice, { category: 'Leadership' });
    await buildArticle(t, practice, { category: 'Leadership' });
    await buildArticle(t, practice, { category: 'leadership' });
    await buildArticle(t, practice, { category: 'Self & time' });
    await buildArticle(t, practice, { category: '' });
    await buildArticle(t, practice, { category: 'Only in drafts', draft: true });
    const answer = await t.graphql(CATEGORIES, { p: practice.slug });
    expect(answer.data).toEqual({
      publicArticleCategories: [
        { name: 'Leadership', slug: 'leadership', count: 3 },
        { name: 'Self & time', slug: 'self-time', count: 1 },
      ],
    });
  });

  it('lists only public videos, newest first, with the privacy-enhanced player', async () => {
    const practice = await buildPractice(t);
    await buildVideo(t, practice, { title: 'Older', provider: 'VIMEO', providerVideoId: '76979871', publishedInHours: -5 });
    await buildVideo(t, practice, { title: 'Newer', provider: 'YOUTUBE', providerVideoId: 'dQw4w9WgXcQ', publishedInHours: -1 });
    await buildVideo(t, practice, { title: 'Members only', visibility: 'MEMBERS' });
    await buildVideo(t, await buildPractice(t), { title: 'Another practice’s' });
    const answer = await t.graphql(VIDEOS, { p: practice.slug });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      publicVideos: [
        { title: 'Newer', provider: 'YOUTUBE', providerVideoId: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', visibility: 'PUBLIC' },
        { title: 'Older', provider: 'VIMEO', providerVideoId: '76979871', url: 'https://vimeo.com/76979871', embedUrl: 'https://player.vimeo.com/video/76979871?dnt=1', visibility: 'PUBLIC' },
      ],
    });
    expect(await t.graphql(VIDEOS, { p: (await buildPractice(t)).slug })).toMatchObject({ data: { publicVideos: [] } });
  });

  it.each([
    ['publicArticles', LIST, {}],
    ['publicArticle', ONE, { s: 'anything' }],
    ['publicArticleCategories', CATEGORIES, {}],
    ['publicVideos', VIDEOS, {}],
  ])('%s answers NOT_FOUND on practiceSlug for an unknown or malformed practice', async (_name, query, variables) => {
    for (const p of ['no-such-practice', "Bad' Slug"]) {
      const answer = await t.graphql(query, { p, ...variables });
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'practiceSlug', message: 'is not the address of a practice' }] });
    }
  });
});
