import { escapeHtml } from '@ascend/platform/mail';
import type { PublicMasterclass } from '../registrations/registration.models';
import { markdownSummary, markdownToSafeHtml } from '@ascend/platform/markdown';
import { sessionTime } from '../shared/masterclass-times';

/** "Complimentary" or "EUR 49.00". */
export function priceText(price: PublicMasterclass['price']): string {
  return price ? `${price.currency} ${(price.amountCents / 100).toFixed(2)}` : 'Complimentary';
}

const STATUS_NOTE: Record<string, string> = {
  CANCELLED: 'This masterclass has been cancelled.',
  COMPLETED: 'This masterclass has taken place.',
};

/**
 * The head (title, description, canonical link, Open Graph and schema.org Event) and the readable content of a
 * masterclass page. A pure function of the masterclass, so the benchmark's bare server renders exactly the same.
 */
export function masterclassPageHtml(masterclass: PublicMasterclass, url: string): { title: string; head: string; body: string } {
  const title = `${masterclass.title} · ${masterclass.practiceName}`;
  const when = sessionTime(masterclass.startsAt, masterclass.durationMinutes, masterclass.timeZone);
  const summary = markdownSummary(masterclass.description);
  const description = `${when}. ${summary}`.slice(0, 300);
  const attribute = (value: string) => escapeHtml(value);
  const meta = (property: string, content: string) => `<meta property="${property}" content="${attribute(content)}" />`;
  const event = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: masterclass.title,
    description: summary,
    startDate: masterclass.startsAt.toISOString(),
    endDate: masterclass.endsAt.toISOString(),
    eventStatus: masterclass.status === 'CANCELLED' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url },
    organizer: { '@type': 'Organization', name: masterclass.practiceName },
    offers: { '@type': 'Offer', url, price: masterclass.price ? (masterclass.price.amountCents / 100).toFixed(2) : '0', priceCurrency: masterclass.price?.currency ?? 'EUR' },
  };
  const head = [
    `<meta name="description" content="${attribute(description)}" />`,
    `<link rel="canonical" href="${attribute(url)}" />`,
    meta('og:type', 'website'),
    meta('og:title', masterclass.title),
    meta('og:description', description),
    meta('og:url', url),
    meta('og:site_name', masterclass.practiceName),
    `<meta name="twitter:card" content="summary" />`,
    // Inside a script element only "</" can end it early; JSON has no other way out.
    `<script type="application/ld+json">${JSON.stringify(event).replace(/</g, '\\u003c')}</script>`,
  ].join('\n    ');
  const note = STATUS_NOTE[masterclass.status] ?? (masterclass.registrationOpen ? '' : 'Registration is closed.');
  const body = [
    `<main class="server-page">`,
    `<p>${escapeHtml(masterclass.practiceName)} · Masterclass</p>`,
    `<h1>${escapeHtml(masterclass.title)}</h1>`,
    `<p><time datetime="${masterclass.startsAt.toISOString()}">${escapeHtml(when)}</time> · ${escapeHtml(priceText(masterclass.price))}</p>`,
    masterclass.hostName ? `<p>Hosted by ${escapeHtml(masterclass.hostName)}</p>` : '',
    note ? `<p><strong>${note}</strong></p>` : '',
    `<div>${markdownToSafeHtml(masterclass.description)}</div>`,
    `</main>`,
  ]
    .filter(Boolean)
    .join('');
  return { title, head, body };
}
