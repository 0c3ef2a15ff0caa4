import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

const DashboardPage = lazyComponent(() => import('./dashboard-page').then((m) => m.DashboardPage));
const ClientDetailPage = lazyComponent(() => import('./client-detail-page').then((m) => m.ClientDetailPage));

/** The coach's dashboard (/app/dashboard) and client detail (/app/clients/:clientId). */
export const coachingRoutes: RouteObject[] = [
  { path: 'dashboard', element: <DashboardPage /> },
  { path: 'clients/:clientId', element: <ClientDetailPage /> },
];
