import { AppProviders } from '@ascend/web/ui';
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { RouteErrorPage } from './route-error-page';

function Broken(): never {
  throw new Error('render failed');
}

function renderCrash() {
  jest.spyOn(console, 'error').mockImplementation(() => {});
  const router = createMemoryRouter(
    [
      { path: '/', element: <h1>Home</h1>, errorElement: <RouteErrorPage /> },
      { path: '/broken', element: <Broken />, errorElement: <RouteErrorPage /> },
    ],
    { initialEntries: ['/broken'] },
  );
  render(
    <AppProviders queryClient={new QueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

describe('a page that crashes', () => {
  it('is replaced by an explanation with a reload button', () => {
    renderCrash();

    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(document.title).toBe('Something went wrong · Ascend');
  });

  it('offers a way home that works: the page there renders afresh', async () => {
    const router = renderCrash();

    await userEvent.click(screen.getByRole('link', { name: 'Go to the home page' }));

    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
  });
});
