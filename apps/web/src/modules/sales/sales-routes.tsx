import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

// Chunks of their own: the public package pages stay light, and visitors never download the sales page.
const SalesPage = lazyComponent(() => import('./sales-page').then((m) => m.SalesPage));
const PortalPackagesPage = lazyComponent(() => import('./portal-packages-page').then((m) => m.PortalPackagesPage));
const PackagesPage = lazyComponent(() => import('./packages-page').then((m) => m.PackagesPage));
const PackagePage = lazyComponent(() => import('./package-page').then((m) => m.PackagePage));

/** The practice's sales (under /app, for owners and admins): the Stripe account, packages, purchases and refunds. */
export const salesRoutes: RouteObject[] = [{ path: 'sales', element: <SalesPage /> }];

/** The client portal's packages to buy, relative to /app (behind the useClientPortal permission). */
export const portalPackageRoutes: RouteObject[] = [{ path: 'portal/packages', element: <PortalPackagesPage /> }];

/** Public: a practice's packages, and one package with its checkout. */
export const packagePublicRoutes: RouteObject[] = [
  { path: 'p/:slug/packages', element: <PackagesPage /> },
  { path: 'p/:slug/packages/:offeringSlug', element: <PackagePage /> },
];
