import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

const MyActionItemsPage = lazyComponent(() => import('./my-action-items-page').then((m) => m.MyActionItemsPage));

/** The client portal's action items (/app/portal/actions); the lead places them among the portal routes. */
export const actionItemRoutes: RouteObject[] = [{ path: 'portal/actions', element: <MyActionItemsPage /> }];
