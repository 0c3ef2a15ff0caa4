import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

// Chunks of their own: only people arriving from a newsletter mail open them.
const NewsletterConfirmPage = lazyComponent(() => import('./newsletter-confirm-page').then((m) => m.NewsletterConfirmPage));
const NewsletterUnsubscribePage = lazyComponent(() => import('./newsletter-unsubscribe-page').then((m) => m.NewsletterUnsubscribePage));

/** Public: the pages the links of a subscriber's mails open (signed tokens, no sign-in). */
export const newsletterPublicRoutes: RouteObject[] = [
  { path: 'newsletter/confirm', element: <NewsletterConfirmPage /> },
  { path: 'newsletter/unsubscribe', element: <NewsletterUnsubscribePage /> },
  { path: 'newsletter/unsubscribe/:token', element: <NewsletterUnsubscribePage /> },
];
