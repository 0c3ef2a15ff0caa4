import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { NOTICE_MS } from './form-notice';
import { ACCOUNT_DELETED, NavigationNotice } from './navigation-notice';

function renderAt(entry: { pathname: string; search?: string; state?: unknown }) {
  const router = createMemoryRouter([{ path: '*', element: <NavigationNotice /> }], { initialEntries: [entry] });
  render(
    <MantineProvider>
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  return router;
}

describe('NavigationNotice', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('shows the news a navigation brought, then drops it from the history entry, so a reload does not bring it back', async () => {
    const router = renderAt({ pathname: '/', search: '?from=account', state: ACCOUNT_DELETED });

    expect(screen.getByRole('status')).toHaveTextContent('Your account was deleted');
    await act(async () => jest.advanceTimersByTime(NOTICE_MS));

    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(router.state.location).toMatchObject({ pathname: '/', search: '?from=account', state: null });
  });

  it('shows nothing for a navigation without news', () => {
    renderAt({ pathname: '/', state: { from: 'elsewhere' } });

    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
