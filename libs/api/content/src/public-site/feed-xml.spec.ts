import Parser from 'rss-parser';
import { articleFeed } from './feed-xml';
import { article, PRACTICE } from './jest/site-fixtures';

const PUBLIC_URL = 'https://ascend.example.com';
const articles = [
  article(),
  article({ slug: 'older', title: 'Older & wiser', pubDate: new Date('2026-01-10T09:00:00Z'), updatedAt: new Date('2026-01-10T09:00:00Z'), tags: [], category: '' }),
];

describe('the article feeds', () => {
  it('writes RSS 2.0 that an independent parser reads back: titles, links, guids, dates, categories, safe content', async () => {
    const xml = articleFeed(PRACTICE, articles, PUBLIC_URL).rss2();
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('Harbour & Co <Coaching>: articles');
    expect(feed.link).toBe(`${PUBLIC_URL}/p/harbour-coaching/articles`);
    expect(feed.items.map((item) => [item.title, item.link, item.guid, item.isoDate])).toEqual([
      ['The meeting you should "skip" <today>', `${PUBLIC_URL}/p/harbour-coaching/articles/the-meeting-you-should-skip`, `${PUBLIC_URL}/p/harbour-coaching/articles/the-meeting-you-should-skip`, '2026-03-02T03:30:00.000Z'],
      ['Older & wiser', `${PUBLIC_URL}/p/harbour-coaching/articles/older`, `${PUBLIC_URL}/p/harbour-coaching/articles/older`, '2026-01-10T09:00:00.000Z'],
    ]);
    expect(feed.items[0].categories).toEqual(['Leading teams', 'Delegation', 'Meetings & time']);
    expect(feed.items[0].contentSnippet).toBe('Why the weekly status meeting keeps you doing instead of leading.');
    expect(feed.items[0]['content:encoded']).toContain('<strong>every week</strong>');
    expect(feed.items[0]['content:encoded']).not.toMatch(/<script|onerror|javascript:/i);
  });

  it('writes Atom that the same parser reads back', async () => {
    const xml = articleFeed(PRACTICE, articles, PUBLIC_URL).atom1();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('Harbour & Co <Coaching>: articles');
    expect(feed.items.map((item) => [item.title, item.link, item.id, item.isoDate])).toEqual([
      ['The meeting you should "skip" <today>', `${PUBLIC_URL}/p/harbour-coaching/articles/the-meeting-you-should-skip`, `${PUBLIC_URL}/p/harbour-coaching/articles/the-meeting-you-should-skip`, '2026-03-02T03:30:00.000Z'],
      ['Older & wiser', `${PUBLIC_URL}/p/harbour-coaching/articles/older`, `${PUBLIC_URL}/p/harbour-coaching/articles/older`, '2026-01-10T09:00:00.000Z'],
    ]);
    expect(feed.items[0].content).toContain('<strong>every week</strong>');
    expect(xml).toContain('<updated>2026-03-03T10:00:00.000Z</updated>');
  });

  it('makes the same document from the same articles, and a valid empty one from none', async () => {
    expect(articleFeed(PRACTICE, articles, PUBLIC_URL).rss2()).toBe(articleFeed(PRACTICE, articles, PUBLIC_URL).rss2());
    const empty = await new Parser().parseString(articleFeed(PRACTICE, [], PUBLIC_URL).rss2());
    expect(empty.items).toEqual([]);
  });
});
