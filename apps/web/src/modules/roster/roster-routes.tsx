import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

const RosterPage = lazyComponent(() => import('./roster-page').then((m) => m.RosterPage));
const ClientImportPage = lazyComponent(() => import('./client-import-page').then((m) => m.ClientImportPage));

/** The client roster (coach side): /app/clients, its import page. */
export const rosterRoutes: RouteObject[] = [
  { path: 'clients', element: <RosterPage /> },
  { path: 'clients/import', element: <ClientImportPage /> },
];
