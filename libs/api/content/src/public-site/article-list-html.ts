import { escapeHtml } from '@ascend/platform/mail';
import type { SiteArticle, SitePractice } from './site-queries';
import { headTags, longDate, signupForm, sitePaths, timeElement } from './site-html';
import type { TaxonomyEntry } from './taxonomy';

/** Which list: every article, one category's, or one tag's (by its name as written). */
export type ArticleListKind = { kind: 'all' } | { kind: 'category'; name: string; slug: string } | { kind: 'tag'; name: string; slug: string };

export interface ArticleListPageData {
  practice: SitePractice;
  list: ArticleListKind;
  articles: readonly SiteArticle[];
  total: number;
  categories: readonly TaxonomyEntry[];
  publicUrl: string;
}

function listTexts(practice: SitePractice, list: ArticleListKind): { heading: string; description: string } {
  const by = practice.coachName ? `${practice.coachName} of ${practice.name}` : practice.name;
  switch (list.kind) {
    case 'all':
      return { heading: 'Articles', description: practice.tagline ? `${practice.tagline} Articles by ${by}.` : `Articles by ${by}.` };
    case 'category':
      return { heading: list.name, description: `Articles about ${list.name} by ${by}.` };
    case 'tag':
      return { heading: `Tagged “${list.name}”`, description: `Articles tagged “${list.name}” by ${by}.` };
  }
}

function card(paths: ReturnType<typeof sitePaths>, article: SiteArticle, timeZone: string): string {
  const category = article.category ? ` · <a href="${escapeHtml(paths.category(article.category))}">${escapeHtml(article.category)}</a>` : '';
  return [
    `<li class="article-card"><article>`,
    `<h2><a href="${escapeHtml(paths.article(article.slug))}">${escapeHtml(article.title)}</a></h2>`,
    `<p class="article-meta">${timeElement(article.pubDate, longDate(article.pubDate, timeZone))}${category}</p>`,
    article.description ? `<p>${escapeHtml(article.description)}</p>` : '',
    `</article></li>`,
  ].join('');
}

/** The path of the list's own page. */
export function listPath(practiceSlug: string, list: ArticleListKind): string {
  const paths = sitePaths(practiceSlug);
  if (list.kind === 'all') return paths.articles;
  return `${paths.articles}/${list.kind}/${list.slug}`;
}

/**
 * An article list (all, a category's or a tag's) as the server sends it: cards with title, date, description and
 * category, links to every category, and the newsletter signup. A pure function of its data.
 */
export function articleListHtml({ practice, list, articles, total, categories, publicUrl }: ArticleListPageData): { title: string; head: string; body: string } {
  const paths = sitePaths(practice.slug);
  const path = listPath(practice.slug, list);
  const { heading, description } = listTexts(practice, list);
  const title = `${heading} · ${practice.name}`;
  const head = headTags({ title, description, url: publicUrl + path, type: 'website', practice, publicUrl });
  const categoryLinks = categories.length
    ? `<nav class="article-categories" aria-label="Categories"><ul>${categories
        .map((c) => {
          const current = list.kind === 'category' && c.slug === list.slug ? ' aria-current="page"' : '';
          return `<li><a href="${escapeHtml(paths.category(c.name))}"${current}>${escapeHtml(c.name)}</a> (${c.count})</li>`;
        })
        .join('')}</ul></nav>`
    : '';
  const cards = articles.length ? `<ul class="article-cards">${articles.map((a) => card(paths, a, practice.timeZone)).join('')}</ul>` : `<p>No articles yet.</p>`;
  const more = total > articles.length ? `<p>The ${articles.length} newest of ${total} articles.</p>` : '';
  const body = [
    `<main class="server-page article-list">`,
    `<nav class="breadcrumbs"><a href="${escapeHtml(paths.home)}">${escapeHtml(practice.name)}</a>${list.kind === 'all' ? '' : ` › <a href="${escapeHtml(paths.articles)}">Articles</a>`}</nav>`,
    `<h1>${escapeHtml(heading)}</h1>`,
    list.kind === 'all' && practice.tagline ? `<p>${escapeHtml(practice.tagline)}</p>` : '',
    categoryLinks,
    cards,
    more,
    signupForm(practice, path),
    `</main>`,
  ];
  return { title, head, body: body.filter(Boolean).join('') };
}
