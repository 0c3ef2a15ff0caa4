import { createQueryClient } from '@ascend/web/data-access';
import { AppProviders } from '@ascend/web/ui';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { type Location, MemoryRouter, type NavigationType, useLocation, useNavigationType } from 'react-router';
import { preloadAllLazyComponents } from '../app/lazy-component';
import { AppRoutes } from '../app/routes';
import { AuthProvider } from '../modules/auth/auth-provider';

// Route code is split into chunks; loaded up front, every page renders as soon as the route does.
beforeAll(preloadAllLazyComponents);

/** Where the app's router is now, as a test reads it after clicks and redirects. */
export interface RouterState {
  location: Location;
  historyAction: NavigationType;
}

function RouterStateProbe({ state }: { state: RouterState }) {
  const location = useLocation();
  const historyAction = useNavigationType();
  useLayoutEffect(() => {
    Object.assign(state, { location, historyAction });
  }, [state, location, historyAction]);
  return null;
}

/** Renders the whole app at `path` with the app's cache settings, except that failures show without retries. */
export function renderRoute(path: string) {
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  const router = { state: {} as RouterState };
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <AuthProvider>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <RouterStateProbe state={router.state} />
        </MemoryRouter>
      </AuthProvider>
    </AppProviders>,
  );
  return { ...view, router, user, queryClient };
}
