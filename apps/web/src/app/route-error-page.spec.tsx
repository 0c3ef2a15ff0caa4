import { AppProviders } from '@ascend/web/ui';
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, useRoutes } from 'react-router';
import { RouteErrorBoundary } from './route-error-boundary';

function Broken(): never {
  throw new Error('render failed');
}

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function Pages() {
  return useRoutes([
    {
      element: <RouteErrorBoundary />,
      children: [
        { path: '/', element: <h1>Home</h1> },
        { path: '/broken', element: <Broken /> },
      ],
    },
  ]);
}

function renderCrash() {
  jest.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <AppProviders queryClient={new QueryClient()}>
      <MemoryRouter initialEntries={['/broken']}>
        <Pages />
        <Where />
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('a page that crashes', () => {
  it('is replaced by an explanation with a reload button', () => {
    renderCrash();

    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(document.title).toBe('Something went wrong · Ascend');
  });

  it('offers a way home that works: the page there renders afresh', async () => {
    renderCrash();

    await userEvent.click(screen.getByRole('link', { name: 'Go to the home page' }));

    expect(screen.getByTestId('where')).toHaveTextContent('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
  });
});
