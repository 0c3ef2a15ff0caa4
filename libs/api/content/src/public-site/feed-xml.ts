import { Feed } from 'feed';
import { markdownToSafeHtml } from '@ascend/platform/markdown';
import { articleDescription } from './article-page-html';
import type { SiteArticle, SitePractice } from './site-queries';
import { safeWebAddress, sitePaths } from './site-html';

/** Articles a feed carries: the newest public ones. */
export const FEED_SIZE = 20;

/**
 * The practice's articles as a feed (RSS 2.0 or Atom, the `feed` library writes both), each entry with its
 * address as id, its description, its whole text as safe HTML, its date and its category and tags. Dates come
 * from the articles, so the same articles always make the same document.
 */
export function articleFeed(practice: SitePractice, articles: readonly SiteArticle[], publicUrl: string): Feed {
  const paths = sitePaths(practice.slug);
  const home = publicUrl + paths.home;
  const updated = articles.reduce<Date | undefined>((latest, a) => (!latest || a.updatedAt > latest ? a.updatedAt : latest), undefined);
  const author = { name: practice.coachName || practice.name, link: home };
  const feed = new Feed({
    id: publicUrl + paths.articles,
    title: `${practice.name}: articles`,
    description: practice.tagline || `Articles by ${author.name}`,
    link: publicUrl + paths.articles,
    language: 'en',
    updated: updated ?? new Date(0),
    image: safeWebAddress(practice.photoUrl),
    feedLinks: { rss: publicUrl + paths.rss, atom: publicUrl + paths.atom },
    author,
    copyright: `© ${practice.name}`,
    generator: 'Ascend',
  });
  for (const article of articles) {
    const url = publicUrl + paths.article(article.slug);
    feed.addItem({
      title: article.title,
      id: url,
      guid: url,
      link: url,
      description: articleDescription(article),
      content: markdownToSafeHtml(article.body),
      date: article.pubDate,
      published: article.pubDate,
      author: [{ name: article.authorName || author.name }],
      category: [...(article.category ? [article.category] : []), ...article.tags].map((name) => ({ name })),
    });
  }
  return feed;
}
