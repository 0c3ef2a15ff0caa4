import type { RouteObject } from 'react-router';
import { HomePage } from '../modules/home/home-page';
import { PracticePage } from '../modules/practices/practice-page';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // Inside the layout, so a page that crashes keeps the header and footer around its error message.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'p/:slug', element: <PracticePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
