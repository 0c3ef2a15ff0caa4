import { createQueryClient } from '@ascend/web/data-access';
import { AppProviders } from '@ascend/web/ui';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { preloadAllLazyComponents } from '../app/lazy-component';
import { appRoutes } from '../app/routes';
import { AuthProvider } from '../modules/auth/auth-provider';

// Route code is split into chunks; loaded up front, every page renders as soon as the route does.
beforeAll(preloadAllLazyComponents);

/** Renders the whole app at `path` with the app's cache settings, except that failures show without retries. */
export function renderRoute(path: string) {
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </AppProviders>,
  );
  return { ...view, router, user, queryClient };
}
