import { escapeHtml } from '@ascend/platform/mail';
import type { SiteMasterclass, SitePractice } from './site-queries';
import { taxonomySlug } from './taxonomy';

/** Addresses on a practice's public site: absolute ones (canonical, Open Graph, feeds) from `publicUrl`, paths for links in the page. */
export function sitePaths(practiceSlug: string) {
  const home = `/p/${practiceSlug}`;
  return {
    home,
    articles: `${home}/articles`,
    article: (slug: string) => `${home}/articles/${slug}`,
    category: (name: string) => `${home}/articles/category/${taxonomySlug(name)}`,
    tag: (name: string) => `${home}/articles/tag/${taxonomySlug(name)}`,
    masterclass: (slug: string) => `${home}/masterclasses/${slug}`,
    rss: `${home}/feed.xml`,
    atom: `${home}/atom.xml`,
  };
}

export interface PageMeta {
  /** The page's own title, without the practice's name (Open Graph adds og:site_name). */
  title: string;
  description: string;
  /** Absolute canonical address. */
  url: string;
  type: 'article' | 'website';
  practice: SitePractice;
  publicUrl: string;
  publishedTime?: Date;
  modifiedTime?: Date;
  section?: string;
  tags?: string[];
  /** schema.org data, written as JSON-LD. */
  structuredData?: Record<string, unknown>;
}

const attribute = (value: string) => escapeHtml(value);
const property = (name: string, content: string) => `<meta property="${name}" content="${attribute(content)}" />`;
const named = (name: string, content: string) => `<meta name="${name}" content="${attribute(content)}" />`;

/** Only an http(s) address may become a link or an image source, whatever the database holds. */
export function safeWebAddress(value: string): string | undefined {
  return /^https?:\/\/[^\s]+$/i.test(value) ? value : undefined;
}

/**
 * Everything crawlers and link previews read in the head: description, canonical address, Open Graph, the
 * Twitter card, the feeds, and schema.org data; every value escaped.
 */
export function headTags(meta: PageMeta): string {
  const paths = sitePaths(meta.practice.slug);
  const image = safeWebAddress(meta.practice.photoUrl);
  const tags = [
    named('description', meta.description),
    `<link rel="canonical" href="${attribute(meta.url)}" />`,
    `<link rel="alternate" type="application/rss+xml" title="${attribute(`${meta.practice.name} articles`)}" href="${attribute(meta.publicUrl + paths.rss)}" />`,
    `<link rel="alternate" type="application/atom+xml" title="${attribute(`${meta.practice.name} articles (Atom)`)}" href="${attribute(meta.publicUrl + paths.atom)}" />`,
    property('og:type', meta.type),
    property('og:title', meta.title),
    property('og:description', meta.description),
    property('og:url', meta.url),
    property('og:site_name', meta.practice.name),
    image ? property('og:image', image) : '',
    meta.publishedTime ? property('article:published_time', meta.publishedTime.toISOString()) : '',
    meta.modifiedTime ? property('article:modified_time', meta.modifiedTime.toISOString()) : '',
    meta.section ? property('article:section', meta.section) : '',
    ...(meta.tags ?? []).map((tag) => property('article:tag', tag)),
    named('twitter:card', image ? 'summary_large_image' : 'summary'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    image ? named('twitter:image', image) : '',
    // Inside a script element only "</" can end it early; JSON has no other way out.
    meta.structuredData ? `<script type="application/ld+json">${JSON.stringify(meta.structuredData).replace(/</g, '\\u003c')}</script>` : '',
  ];
  return tags.filter(Boolean).join('\n    ');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function format(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let found = cache.get(timeZone);
  if (!found) {
    // Formats are costly to build and pages are many: one per zone, kept.
    found = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    cache.set(timeZone, found);
  }
  return found;
}

/** "5 June 2031", the day in the practice's time zone. */
export function longDate(date: Date, timeZone: string): string {
  return format(dateFormats, timeZone, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "Thursday 5 June 2031, 18:30 (Europe/London)". */
export function sessionStart(date: Date, timeZone: string): string {
  const text = format(timeFormats, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  return `${text.replace(' at ', ', ')} (${timeZone.replace(/_/g, ' ')})`;
}

export const timeElement = (date: Date, text: string) => `<time datetime="${date.toISOString()}">${escapeHtml(text)}</time>`;

/** Paragraphs of plain text, split at blank lines. */
export function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br />')}</p>`)
    .join('');
}

/** The coach's photo, bio and call to action: what a promoted article ends with. */
export function coachCard(practice: SitePractice): string {
  const photo = safeWebAddress(practice.photoUrl);
  const cta = safeWebAddress(practice.ctaUrl);
  const who = practice.coachName || practice.name;
  const parts = [
    photo ? `<img src="${attribute(photo)}" alt="${attribute(who)}" width="96" height="96" loading="lazy" />` : '',
    `<h2>About ${escapeHtml(who)}</h2>`,
    paragraphs(practice.coachBio),
    cta && practice.ctaText ? `<p><a class="call-to-action" href="${attribute(cta)}">${escapeHtml(practice.ctaText)}</a></p>` : '',
    socialLinks(practice.socialLinks),
  ];
  return `<aside class="coach-card">${parts.join('')}</aside>`;
}

function socialLinks(links: readonly { label: string; url: string }[]): string {
  const items = links.flatMap(({ label, url }) => {
    const href = safeWebAddress(url);
    return href ? [`<li><a href="${attribute(href)}" rel="me noopener">${escapeHtml(label)}</a></li>`] : [];
  });
  return items.length ? `<ul class="social-links">${items.join('')}</ul>` : '';
}

/** The wording the signup form shows beside its consent box. */
export const SIGNUP_CONSENT = 'Yes, send me the weekly insights email. No spam, my address is never sold, and I can leave with one click.';

/**
 * The newsletter signup as a plain form, for the moment before the web app loads (which replaces it with its own,
 * sending the same fields). `website` is the honeypot people never see; `source` is the page it was on.
 */
export function signupForm(practice: SitePractice, sourcePath: string): string {
  return [
    `<section class="newsletter-signup" id="newsletter">`,
    `<h2>Weekly insights from ${escapeHtml(practice.name)}</h2>`,
    `<form method="post" data-practice-slug="${attribute(practice.slug)}">`,
    `<input type="hidden" name="source" value="${attribute(sourcePath)}" />`,
    `<label>Email <input type="email" name="email" required autocomplete="email" /></label>`,
    `<label>Name <input type="text" name="name" autocomplete="name" /></label>`,
    `<label class="website-field" aria-hidden="true">Website <input type="text" name="website" tabindex="-1" autocomplete="off" /></label>`,
    `<label><input type="checkbox" name="consent" value="true" required /> ${escapeHtml(SIGNUP_CONSENT)}</label>`,
    `<button type="submit">Subscribe</button>`,
    `</form>`,
    `</section>`,
  ].join('');
}

/** The next masterclasses, each with its date in its own zone and a link to register; nothing when there are none. */
export function upcomingMasterclasses(practiceSlug: string, masterclasses: readonly SiteMasterclass[]): string {
  if (!masterclasses.length) return '';
  const paths = sitePaths(practiceSlug);
  const items = masterclasses.map((m) => {
    const price = m.price ? `${m.price.currency} ${(m.price.amountCents / 100).toFixed(2)}` : 'Complimentary';
    return `<li><a href="${attribute(paths.masterclass(m.slug))}">${escapeHtml(m.title)}</a> · ${timeElement(m.startsAt, sessionStart(m.startsAt, m.timeZone))} · ${escapeHtml(price)}</li>`;
  });
  return `<section class="upcoming-masterclasses"><h2>Upcoming masterclasses</h2><ul>${items.join('')}</ul></section>`;
}
