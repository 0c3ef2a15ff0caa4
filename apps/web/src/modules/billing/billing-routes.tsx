import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

const BillingPage = lazyComponent(() => import('./billing-page').then((m) => m.BillingPage));

/** The practice's subscription to Ascend (path under /app, for owners and admins). */
export const billingRoutes: RouteObject[] = [{ path: 'billing', element: <BillingPage /> }];
