import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

const AccountPage = lazyComponent(() => import('./account-page').then((m) => m.AccountPage));
const StartPracticePage = lazyComponent(() => import('./start-practice-page').then((m) => m.StartPracticePage));
const ConfirmEmailChangePage = lazyComponent(() => import('./confirm-email-change-page').then((m) => m.ConfirmEmailChangePage));

/** The signed-in person's own account and a new practice of their own (paths under /app, with or without a practice). */
export const accountRoutes: RouteObject[] = [
  { path: 'account', element: <AccountPage /> },
  { path: 'new-practice', element: <StartPracticePage /> },
];

/** The link mailed to a new address: it may be opened in a browser where nobody is signed in. */
export const accountPublicRoutes: RouteObject[] = [{ path: 'confirm-email-change', element: <ConfirmEmailChangePage /> }];
