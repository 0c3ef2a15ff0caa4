import { createQueryClient } from '@ascend/web/data-access';
import { AppProviders } from '@ascend/web/ui';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { preloadAllLazyComponents } from '../../app/lazy-component';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { newsletterPublicRoutes } from './newsletter-page-routes';

const link = { practiceName: 'Ridgeline Leadership Coaching', practiceSlug: 'ridgeline', email: 'priya@example.com' };

let fetchStub: ReturnType<typeof stubFetch>;

beforeAll(preloadAllLazyComponents);

beforeEach(() => {
  fetchStub = stubFetch();
});

const operations = () => requests(fetchStub).map((r) => r.operationName);

/** As the app runs in development: under StrictMode, which mounts every effect twice. */
function renderPage(path: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  const router = createMemoryRouter(newsletterPublicRoutes, { initialEntries: [path] });
  render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
  return userEvent.setup();
}

describe('the confirmation page', () => {
  it('shows the practice and address without confirming, and confirms on the button only', async () => {
    answerOperations(fetchStub, {
      NewsletterConfirmation: { newsletterConfirmation: { ...link, status: 'PENDING' } },
      ConfirmNewsletterSubscription: { confirmNewsletterSubscription: { ...link, status: 'SUBSCRIBED' } },
    });
    const user = renderPage('/newsletter/confirm?token=t-confirm');

    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your subscription' })).toBeInTheDocument();
    expect(screen.getByText(/Confirm that priya@example.com should receive the newsletter of Ridgeline Leadership Coaching/)).toBeInTheDocument();
    expect(operations()).not.toContain('ConfirmNewsletterSubscription');
    expect(requests(fetchStub).find((r) => r.operationName === 'NewsletterConfirmation')?.variables).toEqual({ token: 't-confirm' });

    await user.click(screen.getByRole('button', { name: 'Confirm my subscription' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You’re subscribed' })).toBeInTheDocument();
    expect(requests(fetchStub).filter((r) => r.operationName === 'ConfirmNewsletterSubscription').map((r) => r.variables)).toEqual([{ token: 't-confirm' }]);
  });

  it('says so when the address is already subscribed, or has left', async () => {
    answerOperations(fetchStub, { NewsletterConfirmation: { newsletterConfirmation: { ...link, status: 'SUBSCRIBED' } } });
    renderPage('/newsletter/confirm?token=t-again');
    expect(await screen.findByRole('heading', { level: 1, name: 'You’re already subscribed' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm my subscription' })).not.toBeInTheDocument();
  });

  it('tells a visitor with a forged link that it is not valid', async () => {
    answerOperations(fetchStub, { NewsletterConfirmation: () => graphQLError('NOT_FOUND', 'No subscription for this link', [{ field: 'token', message: 'is not valid' }]) });
    renderPage('/newsletter/confirm?token=forged');
    expect(await screen.findByRole('heading', { level: 1, name: 'This link is not valid' })).toBeInTheDocument();
    expect(operations()).not.toContain('ConfirmNewsletterSubscription');
  });
});

describe('the unsubscribe page', () => {
  it('unsubscribes once as it opens, even under StrictMode, and resubscribes on request', async () => {
    answerOperations(fetchStub, {
      UnsubscribeFromNewsletter: { unsubscribeFromNewsletter: { ...link, status: 'UNSUBSCRIBED' } },
      ResubscribeToNewsletter: () => graphQLAnswer({ resubscribeToNewsletter: { ...link, status: 'SUBSCRIBED' } }),
    });
    const user = renderPage('/newsletter/unsubscribe?token=t-leave');

    expect(await screen.findByRole('heading', { level: 1, name: 'You’re unsubscribed from Ridgeline Leadership Coaching' })).toBeInTheDocument();
    expect(screen.getByText(/priya@example.com will not receive the newsletter/)).toBeInTheDocument();
    expect(requests(fetchStub).map((r) => [r.operationName, r.variables])).toEqual([['UnsubscribeFromNewsletter', { token: 't-leave' }]]);

    await user.click(screen.getByRole('button', { name: 'Resubscribe' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You’re subscribed again' })).toBeInTheDocument();
    expect(operations()).toEqual(['UnsubscribeFromNewsletter', 'ResubscribeToNewsletter']);
  });

  it('unsubscribes from the one-click address too, when a mail client opens it as a page', async () => {
    answerOperations(fetchStub, { UnsubscribeFromNewsletter: { unsubscribeFromNewsletter: { ...link, status: 'UNSUBSCRIBED' } } });
    renderPage('/newsletter/unsubscribe/t-one-click');

    expect(await screen.findByRole('heading', { level: 1, name: 'You’re unsubscribed from Ridgeline Leadership Coaching' })).toBeInTheDocument();
    expect(requests(fetchStub).map((r) => [r.operationName, r.variables])).toEqual([['UnsubscribeFromNewsletter', { token: 't-one-click' }]]);
  });

  it('tells the visitor when the link is not valid, asking only once', async () => {
    answerOperations(fetchStub, { UnsubscribeFromNewsletter: () => graphQLError('NOT_FOUND', 'No subscription for this link', [{ field: 'token', message: 'is not valid' }]) });
    renderPage('/newsletter/unsubscribe?token=someone-elses');
    expect(await screen.findByRole('heading', { level: 1, name: 'This link is not valid' })).toBeInTheDocument();
    expect(operations()).toEqual(['UnsubscribeFromNewsletter']);
  });
});
