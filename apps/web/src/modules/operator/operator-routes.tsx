import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

const OperatorConsolePage = lazyComponent(() => import('./operator-console-page').then((m) => m.OperatorConsolePage));

/** The operator console (paths under /operator, behind a signed-in session). */
export const operatorRoutes: RouteObject[] = [{ index: true, element: <OperatorConsolePage /> }];
