import { articleListHtml } from './article-list-html';
import { article, PRACTICE } from './jest/site-fixtures';

const PUBLIC_URL = 'https://ascend.example.com';
const CATEGORIES = [
  { name: 'Leading teams', slug: 'leading-teams', count: 2 },
  { name: 'Self & time', slug: 'self-time', count: 1 },
];

describe('the article lists as the server sends them', () => {
  const articles = [article(), article({ slug: 'second', title: 'Second', description: '', category: '' })];

  it('lists every article as a card with its date, category and description, and links every category', () => {
    const page = articleListHtml({ practice: PRACTICE, list: { kind: 'all' }, articles, total: 2, categories: CATEGORIES, publicUrl: PUBLIC_URL });
    expect(page.title).toBe('Articles · Harbour & Co <Coaching>');
    expect(page.head).toContain(`<link rel="canonical" href="${PUBLIC_URL}/p/harbour-coaching/articles" />`);
    expect(page.head).toContain('<meta property="og:type" content="website" />');
    expect(page.head).toContain('<meta name="description" content="Lead from the bridge, not the engine room. Articles by Idris Vale of Harbour &amp; Co &lt;Coaching&gt;." />');
    expect(page.head).toContain('type="application/rss+xml"');
    expect(page.body).toContain(
      '<li class="article-card"><article><h2><a href="/p/harbour-coaching/articles/the-meeting-you-should-skip">The meeting you should &quot;skip&quot; &lt;today&gt;</a></h2>' +
        '<p class="article-meta"><time datetime="2026-03-02T03:30:00.000Z">1 March 2026</time> · <a href="/p/harbour-coaching/articles/category/leading-teams">Leading teams</a></p>' +
        '<p>Why the weekly status meeting keeps you doing instead of leading.</p></article></li>',
    );
    expect(page.body).toContain('<h2><a href="/p/harbour-coaching/articles/second">Second</a></h2><p class="article-meta"><time datetime="2026-03-02T03:30:00.000Z">1 March 2026</time></p></article>');
    expect(page.body).toContain('<li><a href="/p/harbour-coaching/articles/category/self-time">Self &amp; time</a> (1)</li>');
    expect(page.body).toContain('data-practice-slug="harbour-coaching"');
    expect(page.body).not.toContain('newest of');
  });

  it('names the category on its page, marks it current, and says when more articles exist', () => {
    const page = articleListHtml({
      practice: PRACTICE,
      list: { kind: 'category', name: 'Self & time', slug: 'self-time' },
      articles,
      total: 25,
      categories: CATEGORIES,
      publicUrl: PUBLIC_URL,
    });
    expect(page.title).toBe('Self & time · Harbour & Co <Coaching>');
    expect(page.head).toContain(`<link rel="canonical" href="${PUBLIC_URL}/p/harbour-coaching/articles/category/self-time" />`);
    expect(page.head).toContain('content="Articles about Self &amp; time by Idris Vale of Harbour &amp; Co &lt;Coaching&gt;."');
    expect(page.body).toContain('<h1>Self &amp; time</h1>');
    expect(page.body).toContain('<a href="/p/harbour-coaching/articles/category/self-time" aria-current="page">');
    expect(page.body).toContain('<p>The 2 newest of 25 articles.</p>');
  });

  it('names the tag on its page', () => {
    const page = articleListHtml({ practice: PRACTICE, list: { kind: 'tag', name: 'Meetings & time', slug: 'meetings-time' }, articles, total: 2, categories: [], publicUrl: PUBLIC_URL });
    expect(page.head).toContain(`<link rel="canonical" href="${PUBLIC_URL}/p/harbour-coaching/articles/tag/meetings-time" />`);
    expect(page.body).toContain('<h1>Tagged “Meetings &amp; time”</h1>');
    expect(page.body).not.toContain('article-categories');
  });

  it('says so when the practice has published nothing yet', () => {
    const page = articleListHtml({ practice: PRACTICE, list: { kind: 'all' }, articles: [], total: 0, categories: [], publicUrl: PUBLIC_URL });
    expect(page.body).toContain('<p>No articles yet.</p>');
  });
});
