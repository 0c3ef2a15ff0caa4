import { CoachingModule } from '@ascend/coaching';
import { EventsModule } from '@ascend/events';
import { IdentityModule } from '@ascend/identity';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { ContentModule } from '../content.module';
import { buildArticle } from '../shared/content-scenario';
import { publicSitePages } from './public-site.providers';
import { insertMasterclass, servePages, setProfile } from './jest/site-scenario';

describe('the public article pages through HTTP', () => {
  let t: TestApp;
  let site: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule, ContentModule] });
    site = await servePages(publicSitePages.map((page) => t.app.get(page)));
  });
  afterAll(async () => {
    await site.close();
    await t.close();
  });

  const get = (path: string, accept = 'text/html,application/xhtml+xml') => fetch(site.url + path, { headers: { accept } });
  const html = async (path: string) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    return response.text();
  };

  it('sends an article page with its SEO tags, the article as safe HTML, the coach card, the signup and the next masterclasses', async () => {
    const practice = await buildPractice(t);
    await setProfile(t, practice.practiceId, { coachName: 'Idris Vale', coachBio: 'Engineer turned coach.', ctaText: 'Book a call', ctaUrl: 'https://harbour.example.com/call' });
    const article = await buildArticle(t, practice, {
      title: 'Stop fixing, start leading',
      description: 'What a new director keeps doing, and what to hand back.',
      body: '## The pull\n\nYou **can** fix it.\n\n<script>document.title = "owned"</script>\n\n<a href="javascript:alert(1)" onclick="alert(1)">click</a>',
      category: 'Leading teams',
      tags: ['Delegation'],
      promo: true,
    });
    const soon = await insertMasterclass(t, practice.practiceId, { title: 'From doer to leader', startsInHours: 48 });
    await insertMasterclass(t, practice.practiceId, { title: 'Still a draft', status: 'DRAFT' });
    await insertMasterclass(t, practice.practiceId, { title: 'Already over', startsInHours: -48 });
    await insertMasterclass(t, (await buildPractice(t)).practiceId, { title: 'Another practice’s masterclass' });

    const page = await html(`/p/${practice.slug}/articles/${article.slug}`);
    const url = `${t.config.publicUrl}/p/${practice.slug}/articles/${article.slug}`;
    expect(page).toContain(`<title>Stop fixing, start leading · ${practice.name}</title>`);
    expect(page).toContain('<meta name="description" content="What a new director keeps doing, and what to hand back." />');
    expect(page).toContain(`<link rel="canonical" href="${url}" />`);
    expect(page).toContain('<meta property="og:type" content="article" />');
    expect(page).toContain(`<meta property="og:url" content="${url}" />`);
    expect(page).toContain(`<meta property="article:published_time" content="${article.pubDate.toISOString()}" />`);
    expect(page).toContain(`<link rel="alternate" type="application/rss+xml" title="${practice.name} articles" href="${t.config.publicUrl}/p/${practice.slug}/feed.xml" />`);
    expect(page).toContain('"@type":"BlogPosting"');
    expect(page).toContain('<h2>The pull</h2>');
    expect(page).not.toMatch(/owned|javascript:|onclick/);
    expect(page).toContain('<a class="call-to-action" href="https://harbour.example.com/call">Book a call</a>');
    expect(page).toContain(`data-practice-slug="${practice.slug}"`);
    expect(page).toContain(`<a href="/p/${practice.slug}/masterclasses/${soon.slug}">From doer to leader</a>`);
    expect(page).not.toMatch(/Still a draft|Already over|Another practice/);
  });

  it('answers 404 for a draft, a future article, an unknown one, another practice’s, and a malformed address', async () => {
    const practice = await buildPractice(t);
    const other = await buildPractice(t);
    const draft = await buildArticle(t, practice, { draft: true });
    const future = await buildArticle(t, practice, { pubDateInHours: 24 });
    const published = await buildArticle(t, practice);
    expect((await get(`/p/${practice.slug}/articles/${published.slug}`)).status).toBe(200);
    for (const path of [
      `/p/${practice.slug}/articles/${draft.slug}`,
      `/p/${practice.slug}/articles/${future.slug}`,
      `/p/${practice.slug}/articles/no-such-article`,
      `/p/${other.slug}/articles/${published.slug}`,
      `/p/no-such-practice/articles/${published.slug}`,
      `/p/${practice.slug}/articles/Bad'Slug`,
    ]) {
      const response = await get(path);
      expect([path, response.status]).toEqual([path, 404]);
      expect(await response.text()).not.toContain(published.title);
    }
  });

  it('publishes a future article on its own once its date has come', async () => {
    const practice = await buildPractice(t);
    const future = await buildArticle(t, practice, { pubDateInHours: 1 });
    expect((await get(`/p/${practice.slug}/articles/${future.slug}`)).status).toBe(404);
    await t.db.query(`update article set pub_date = now() - interval '1 minute' where id = $1`, [future.id]);
    expect((await get(`/p/${practice.slug}/articles/${future.slug}`)).status).toBe(200);
  });

  it('lists the public articles newest first with category links, and filters by category and by tag slug', async () => {
    const practice = await buildPractice(t);
    const older = await buildArticle(t, practice, { title: 'Older piece', category: 'Leading teams', tags: ['Delegation'], pubDateInHours: -48 });
    const newer = await buildArticle(t, practice, { title: 'Newer piece', category: 'Self & time', tags: ['Saying no', 'Delegation'], pubDateInHours: -2 });
    await buildArticle(t, practice, { title: 'Hidden draft', category: 'Drafts only', draft: true });

    const all = await html(`/p/${practice.slug}/articles`);
    expect(all).toContain(`<title>Articles · ${practice.name}</title>`);
    expect(all).toContain(`<link rel="canonical" href="${t.config.publicUrl}/p/${practice.slug}/articles" />`);
    expect(all.indexOf('Newer piece')).toBeLessThan(all.indexOf('Older piece'));
    expect(all).toContain(`<li><a href="/p/${practice.slug}/articles/category/self-time">Self &amp; time</a> (1)</li>`);
    expect(all).not.toMatch(/Hidden draft|Drafts only/);

    const category = await html(`/p/${practice.slug}/articles/category/leading-teams`);
    expect(category).toContain('<h1>Leading teams</h1>');
    expect(category).toContain(older.title);
    expect(category).not.toContain(newer.title);

    const tag = await html(`/p/${practice.slug}/articles/tag/saying-no`);
    expect(tag).toContain('<h1>Tagged “Saying no”</h1>');
    expect(tag).toContain(newer.title);
    expect(tag).not.toContain(older.title);

    for (const path of [`/p/${practice.slug}/articles/category/drafts-only`, `/p/${practice.slug}/articles/tag/nothing-here`, '/p/no-such-practice/articles']) {
      expect([path, (await get(path)).status]).toEqual([path, 404]);
    }
  });

  it('reads each page in one statement outside any transaction', async () => {
    const practice = await buildPractice(t);
    const article = await buildArticle(t, practice);
    const db = t.app.get(TenantDatabase);
    const autocommit = jest.spyOn(db, 'autocommit');
    const run = jest.spyOn(db, 'run');
    try {
      for (const path of [`/p/${practice.slug}/articles/${article.slug}`, `/p/${practice.slug}/articles`, `/p/${practice.slug}/articles/category/leadership`]) {
        autocommit.mockClear();
        expect((await get(path)).status).toBe(200);
        expect([path, autocommit.mock.calls.length]).toEqual([path, 1]);
      }
      expect(run).not.toHaveBeenCalled();
    } finally {
      autocommit.mockRestore();
      run.mockRestore();
    }
  });
});
