import { MantineProvider } from '@mantine/core';
import { GraphQLRequestError, NetworkError } from '@ascend/web/data-access';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { canPassOnRetry, PageState, type PageStateProps } from './page-state';

function renderState(props: PageStateProps) {
  return render(
    <MantineProvider>
      <PageState {...props} />
    </MantineProvider>,
  );
}

const errorState = (error: Error, extra: Partial<PageStateProps> = {}): PageStateProps => ({
  kind: 'error',
  title: 'Could not load',
  error,
  onRetry: jest.fn(),
  ...extra,
} as PageStateProps);

describe('PageState', () => {
  it('announces loading with its label', () => {
    renderState({ kind: 'loading', label: 'Loading the practice' });
    expect(screen.getByRole('status', { name: 'Loading the practice' })).toBeInTheDocument();
  });

  it('shows an error with its message and retries on request', async () => {
    const onRetry = jest.fn();
    renderState({ kind: 'error', title: 'Could not load', error: new NetworkError('Could not reach Ascend.', null), onRetry });

    expect(screen.getByRole('alert')).toHaveTextContent('Could not load');
    expect(screen.getByRole('alert')).toHaveTextContent('Could not reach Ascend.');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('offers no Retry for a refusal that would be the same again, but a way home', () => {
    renderState(errorState(new GraphQLRequestError('Invalid input: slug must be lower-case letters', 'BAD_USER_INPUT')));

    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  it('leads home within the app when it runs in a router', async () => {
    const router = createMemoryRouter(
      [
        { path: '/', element: <p>Home</p> },
        { path: '/gone', element: <PageState {...errorState(new GraphQLRequestError('Not yours', 'FORBIDDEN'))} /> },
      ],
      { initialEntries: ['/gone'] },
    );
    render(
      <MantineProvider>
        <RouterProvider router={router} />
      </MantineProvider>,
    );

    await userEvent.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(router.state.location.pathname).toBe('/');
  });

  it("shows the page's own way forward instead of Retry when given one", () => {
    renderState(errorState(new GraphQLRequestError('No such client', 'NOT_FOUND'), { action: <a href="/app/clients">Back to your clients</a> }));

    expect(screen.getByRole('link', { name: 'Back to your clients' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Go to the home page' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('titles an empty state as the page heading', () => {
    renderState({ kind: 'empty', title: 'Nothing here', description: 'Try another address.' });
    expect(screen.getByRole('heading', { level: 1, name: 'Nothing here' })).toBeInTheDocument();
    expect(screen.getByText('Try another address.')).toBeInTheDocument();
  });
});

describe('canPassOnRetry', () => {
  it.each([
    ['an unreachable server', new NetworkError('Could not reach Ascend.', null)],
    ['a gateway failure', new NetworkError('HTTP 502', 502)],
    ['a timeout', new NetworkError('HTTP 504', 504)],
    ['a rate limit at the door', new NetworkError('HTTP 429', 429)],
    ['a busy API', new GraphQLRequestError('Ascend is very busy right now', 'SERVICE_UNAVAILABLE')],
    ['too many attempts', new GraphQLRequestError('Too many attempts: try again in a minute', 'TOO_MANY_REQUESTS')],
    ['a rate limit', new GraphQLRequestError('Slow down', 'RATE_LIMITED')],
    ['a failure on the server', new GraphQLRequestError('Something went wrong on our side', 'INTERNAL_SERVER_ERROR')],
    ['an aborted request', new DOMException('The operation timed out.', 'TimeoutError')],
  ])('is true for %s', (_what, error) => {
    expect(canPassOnRetry(error)).toBe(true);
  });

  it.each([
    ['bad input', new GraphQLRequestError('Invalid input', 'BAD_USER_INPUT')],
    ['the contract’s INVALID_INPUT', new GraphQLRequestError('Invalid input', 'INVALID_INPUT')],
    ['something missing', new GraphQLRequestError('No such practice', 'NOT_FOUND')],
    ['something forbidden', new GraphQLRequestError('Not yours', 'FORBIDDEN')],
    ['a signed-out person', new GraphQLRequestError('Sign in', 'UNAUTHENTICATED')],
    ['a conflict', new GraphQLRequestError('Already taken', 'CONFLICT')],
    ['an HTTP 404', new NetworkError('HTTP 404', 404)],
  ])('is false for %s', (_what, error) => {
    expect(canPassOnRetry(error)).toBe(false);
  });
});
