import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

// Chunks of their own: the practice page stays light for the many who only read it.
const MasterclassPage = lazyComponent(() => import('./masterclass-page').then((m) => m.MasterclassPage));
const ManageRegistrationPage = lazyComponent(() => import('./manage-registration-page').then((m) => m.ManageRegistrationPage));
const MyMasterclassesPage = lazyComponent(() => import('./my-masterclasses-page').then((m) => m.MyMasterclassesPage));

/** Public: a masterclass page with its registration, and a registrant's own page from the link in their mails. */
export const masterclassPublicRoutes: RouteObject[] = [
  { path: 'p/:slug/masterclasses/:masterclassSlug', element: <MasterclassPage /> },
  { path: 'p/:slug/registrations/:token', element: <ManageRegistrationPage /> },
];

/** The client portal's "My masterclasses", relative to /app (behind the useClientPortal permission). */
export const portalMasterclassRoutes: RouteObject[] = [{ path: 'portal/masterclasses', element: <MyMasterclassesPage /> }];
