import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

const MasterclassesPage = lazyComponent(() => import('./masterclasses-page').then((m) => m.MasterclassesPage));
const NewMasterclassPage = lazyComponent(() => import('./masterclass-editor-pages').then((m) => m.NewMasterclassPage));
const EditMasterclassPage = lazyComponent(() => import('./masterclass-editor-pages').then((m) => m.EditMasterclassPage));
const MasterclassDetailPage = lazyComponent(() => import('./masterclass-detail-page').then((m) => m.MasterclassDetailPage));
const FunnelPage = lazyComponent(() => import('./funnel-page').then((m) => m.FunnelPage));

/** The team's masterclasses (paths under /app): the list, new and edit forms, one masterclass, the funnel. */
export const masterclassRoutes: RouteObject[] = [
  { path: 'masterclasses', element: <MasterclassesPage /> },
  { path: 'masterclasses/new', element: <NewMasterclassPage /> },
  { path: 'masterclasses/funnel', element: <FunnelPage /> },
  { path: 'masterclasses/:masterclassId', element: <MasterclassDetailPage /> },
  { path: 'masterclasses/:masterclassId/edit', element: <EditMasterclassPage /> },
];
