import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

const NewsletterPage = lazyComponent(() => import('./newsletter-page').then((m) => m.NewsletterPage));
const SubscribersPage = lazyComponent(() => import('./subscribers-page').then((m) => m.SubscribersPage));
const NewIssuePage = lazyComponent(() => import('./issue-pages').then((m) => m.NewIssuePage));
const IssuePage = lazyComponent(() => import('./issue-pages').then((m) => m.IssuePage));

/** The team's newsletter (paths under /app): issues and settings, subscribers, composing and sending an issue. */
export const newsletterRoutes: RouteObject[] = [
  { path: 'newsletter', element: <NewsletterPage /> },
  { path: 'newsletter/subscribers', element: <SubscribersPage /> },
  { path: 'newsletter/issues/new', element: <NewIssuePage /> },
  { path: 'newsletter/issues/:issueId', element: <IssuePage /> },
];
