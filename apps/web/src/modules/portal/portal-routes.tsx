import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

const PortalHomePage = lazyComponent(() => import('./portal-home-page').then((m) => m.PortalHomePage));
const MethodPage = lazyComponent(() => import('./method-page').then((m) => m.MethodPage));
const CheckInPage = lazyComponent(() => import('./check-in-page').then((m) => m.CheckInPage));
const HistoryPage = lazyComponent(() => import('./history-page').then((m) => m.HistoryPage));

/** The client portal: /app/portal and the five-step flow, check-ins and history. */
export const portalRoutes: RouteObject[] = [
  { path: 'portal', element: <PortalHomePage /> },
  { path: 'portal/method/:step?', element: <MethodPage /> },
  { path: 'portal/check-in', element: <CheckInPage /> },
  { path: 'portal/history', element: <HistoryPage /> },
];
