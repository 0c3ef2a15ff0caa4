import Parser from 'rss-parser';
import { CoachingModule } from '@ascend/coaching';
import { EventsModule } from '@ascend/events';
import { IdentityModule } from '@ascend/identity';
import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { ContentModule } from '../content.module';
import { buildArticle } from '../shared/content-scenario';

describe('the article feeds through the API’s HTTP server', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule, ContentModule] });
  });
  afterAll(() => t.close());

  // What feed readers send, what curl sends, and what a browser opening the link sends.
  const ACCEPTS = ['application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8', '*/*', 'text/html,application/xhtml+xml'];

  it.each([
    ['feed.xml', 'application/rss+xml; charset=utf-8'],
    ['atom.xml', 'application/atom+xml; charset=utf-8'],
  ])('serves %s with the newest public articles, which rss-parser reads back', async (file, type) => {
    const practice = await buildPractice(t);
    const older = await buildArticle(t, practice, { title: 'Older & wiser', pubDate: new Date('2026-01-10T09:00:00Z'), category: 'Time', tags: ['Saying no'] });
    const newer = await buildArticle(t, practice, { title: 'Stop fixing', pubDate: new Date('2026-02-01T08:00:00Z'), body: 'Hand it **back**.<script>alert(1)</script>' });
    await buildArticle(t, practice, { title: 'Draft piece', draft: true });
    await buildArticle(t, practice, { title: 'Future piece', pubDateInHours: 24 });
    await buildArticle(t, await buildPractice(t), { title: 'Another practice’s piece' });

    for (const accept of ACCEPTS) {
      const response = await fetch(`${t.url}/p/${practice.slug}/${file}`, { headers: { accept } });
      expect([accept, response.status]).toEqual([accept, 200]);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      const xml = await response.text();
      expect(xml).not.toMatch(/Draft piece|Future piece|Another practice|<script|&lt;script/);
      const feed = await new Parser().parseString(xml);
      const link = (slug: string) => `${t.config.publicUrl}/p/${practice.slug}/articles/${slug}`;
      expect(feed.items.map((item) => [item.title, item.link, item.isoDate])).toEqual([
        ['Stop fixing', link(newer.slug), '2026-02-01T08:00:00.000Z'],
        ['Older & wiser', link(older.slug), '2026-01-10T09:00:00.000Z'],
      ]);
      expect(feed.items[1].categories).toEqual(file === 'feed.xml' ? ['Time', 'Saying no'] : undefined);
    }
  });

  it('caps the feed at the 20 newest articles', async () => {
    const practice = await buildPractice(t);
    for (let i = 1; i <= 22; i++) await buildArticle(t, practice, { title: `Piece ${i}`, pubDateInHours: -100 + i });
    const feed = await new Parser().parseString(await (await fetch(`${t.url}/p/${practice.slug}/feed.xml`)).text());
    expect(feed.items).toHaveLength(20);
    expect(feed.items[0].title).toBe('Piece 22');
    expect(feed.items[19].title).toBe('Piece 3');
  });

  it('answers 404 in a line of text for an unknown or malformed practice', async () => {
    for (const path of ['/p/no-such-practice/feed.xml', '/p/no-such-practice/atom.xml', '/p/Bad_Slug/feed.xml']) {
      const response = await fetch(t.url + path);
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe('No practice has this address.\n');
    }
  });
});
