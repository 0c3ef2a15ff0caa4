import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

const ImpactLogPage = lazyComponent(() => import('./impact-log-page').then((m) => m.ImpactLogPage));
const ImpactSummaryPage = lazyComponent(() => import('./impact-summary-page').then((m) => m.ImpactSummaryPage));

/** The client's impact log and legible summary: /app/portal/impact. */
export const impactRoutes: RouteObject[] = [
  { path: 'portal/impact', element: <ImpactLogPage /> },
  { path: 'portal/impact/summary', element: <ImpactSummaryPage /> },
];
