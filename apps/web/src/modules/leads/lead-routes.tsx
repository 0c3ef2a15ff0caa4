import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

// A chunk of its own: the public practice page stays light for the many who only read it.
const ApplyPage = lazyComponent(() => import('./apply-page').then((m) => m.ApplyPage));

/** Public: the practice's application form, /p/:slug/apply. */
export const leadRoutes: RouteObject[] = [{ path: 'p/:slug/apply', element: <ApplyPage /> }];
