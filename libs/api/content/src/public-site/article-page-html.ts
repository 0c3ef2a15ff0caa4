import { escapeHtml } from '@ascend/platform/mail';
import { markdownSummary, markdownToSafeHtml } from '@ascend/platform/markdown';
import type { SiteArticle, SiteMasterclass, SitePractice } from './site-queries';
import { coachCard, headTags, longDate, safeWebAddress, signupForm, sitePaths, timeElement, upcomingMasterclasses } from './site-html';

export interface ArticlePageData {
  practice: SitePractice;
  article: SiteArticle;
  upcomingMasterclasses: readonly SiteMasterclass[];
  publicUrl: string;
}

/** The description a preview shows: the article's own, else the start of its text. */
export function articleDescription(article: Pick<SiteArticle, 'description' | 'body'>): string {
  return article.description || markdownSummary(article.body, 200);
}

/**
 * An article page as the server sends it: SEO and preview tags in the head (Open Graph as an article, JSON-LD
 * BlogPosting), and in the body the article with its date, category and tags, the coach's card when the article
 * promotes (its `promo` flag), the newsletter signup and the next masterclasses. A pure function of its data, so
 * the benchmark's bare server renders exactly the same.
 */
export function articlePageHtml({ practice, article, upcomingMasterclasses: masterclasses, publicUrl }: ArticlePageData): { title: string; head: string; body: string } {
  const paths = sitePaths(practice.slug);
  const path = paths.article(article.slug);
  const url = publicUrl + path;
  const description = articleDescription(article);
  const author = article.authorName || practice.coachName || practice.name;
  const image = safeWebAddress(practice.photoUrl);
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: article.title,
    description,
    datePublished: article.pubDate.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    author: { '@type': 'Person', name: author },
    publisher: { '@type': 'Organization', name: practice.name, url: publicUrl + paths.home },
    mainEntityOfPage: url,
    url,
    ...(image ? { image } : {}),
    ...(article.category ? { articleSection: article.category } : {}),
    ...(article.tags.length ? { keywords: article.tags.join(', ') } : {}),
  };
  const head = headTags({
    title: article.title,
    description,
    url,
    type: 'article',
    practice,
    publicUrl,
    publishedTime: article.pubDate,
    modifiedTime: article.updatedAt,
    section: article.category || undefined,
    tags: article.tags,
    structuredData: posting,
  });
  const category = article.category ? ` · <a href="${escapeHtml(paths.category(article.category))}">${escapeHtml(article.category)}</a>` : '';
  const tags = article.tags.length
    ? `<footer><ul class="article-tags">${article.tags.map((tag) => `<li><a href="${escapeHtml(paths.tag(tag))}">${escapeHtml(tag)}</a></li>`).join('')}</ul></footer>`
    : '';
  const body = [
    `<main class="server-page article-page">`,
    `<nav class="breadcrumbs"><a href="${escapeHtml(paths.home)}">${escapeHtml(practice.name)}</a> › <a href="${escapeHtml(paths.articles)}">Articles</a></nav>`,
    `<article>`,
    `<header><h1>${escapeHtml(article.title)}</h1>`,
    `<p class="article-meta">${timeElement(article.pubDate, longDate(article.pubDate, practice.timeZone))} · By ${escapeHtml(author)}${category}</p></header>`,
    `<div class="article-body">${markdownToSafeHtml(article.body)}</div>`,
    tags,
    `</article>`,
    article.promo ? coachCard(practice) : '',
    signupForm(practice, path),
    upcomingMasterclasses(practice.slug, masterclasses),
    `</main>`,
  ];
  return { title: `${article.title} · ${practice.name}`, head, body: body.filter(Boolean).join('') };
}
