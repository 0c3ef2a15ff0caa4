import type { Role } from '@ascend/web/data-access';
import { formatDate } from '@ascend/web/ui';
import type { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, type OperationAnswer, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { inDays, standingData } from './billing-fixtures';
import { billingKeys } from './billing-keys';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

/** The practice overview (clients: their portal, whose own data is not answered here), with the banner above it. */
function renderWorkspace(role: Role, standing: OperationAnswer) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, role)] }) },
    PracticeStanding: standing,
  });
  return renderRoute('/app');
}

/** Once the page is up and the standing's answer (or failure) is in, whatever banner it calls for is on screen. */
async function standingSettled(queryClient: QueryClient) {
  await screen.findByRole('heading', { level: 1, name: 'Hello, Maren' });
  await waitFor(() => expect(queryClient.getQueryState(billingKeys.standing(ridgeline.practiceId))?.status).toMatch(/^(success|error)$/));
  expect(requests(fetchStub).map((r) => r.operationName)).toContain('PracticeStanding');
}

describe('the practice standing banner', () => {
  it('shows nothing in good standing', async () => {
    const { queryClient } = renderWorkspace('OWNER', { practiceStanding: standingData({ plan: 'SOLO', status: 'ACTIVE' }) });
    await standingSettled(queryClient);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows nothing, and keeps the page, when the standing cannot be read', async () => {
    const { queryClient } = renderWorkspace('OWNER', () => graphQLError('INTERNAL_SERVER_ERROR', 'Something broke'));
    await standingSettled(queryClient);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Hello, Maren' })).toBeInTheDocument();
  });

  it('tells owners a trial ends within the week, with a way to choose a plan', async () => {
    const trialEndsAt = inDays(3);
    renderWorkspace('OWNER', { practiceStanding: standingData({ plan: 'SOLO', status: 'TRIALING', trialEndsAt }) });

    const banner = await screen.findByRole('alert', { name: `Your trial ends on ${formatDate(trialEndsAt)}` });
    expect(within(banner).getByRole('link', { name: 'Choose a plan' })).toHaveAttribute('href', '/app/billing');
  });

  it('says nothing of a trial that ends later, and tells coaches of one ending soon without a billing link', async () => {
    const { unmount, queryClient } = renderWorkspace('OWNER', { practiceStanding: standingData({ plan: 'SOLO', status: 'TRIALING', trialEndsAt: inDays(10) }) });
    await standingSettled(queryClient);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    unmount();

    renderWorkspace('COACH', { practiceStanding: standingData({ plan: 'SOLO', status: 'TRIALING', trialEndsAt: inDays(2) }) });
    const banner = await screen.findByRole('alert', { name: /^Your trial ends on/ });
    expect(within(banner).queryByRole('link')).not.toBeInTheDocument();
  });

  it('warns of a failed payment until the grace period ends: a link for admins, a pointer for the others', async () => {
    const graceEndsAt = inDays(5);
    const standing = { practiceStanding: standingData({ plan: 'SOLO', status: 'PAST_DUE', graceEndsAt }) };
    const title = `Payment failed: update your card by ${formatDate(graceEndsAt)} to keep full access`;
    const { unmount } = renderWorkspace('ADMIN', standing);
    expect(within(await screen.findByRole('alert', { name: title })).getByRole('link', { name: 'Update the card on Billing' })).toHaveAttribute('href', '/app/billing');
    unmount();

    renderWorkspace('CLIENT', standing);
    const banner = await screen.findByRole('alert', { name: title });
    expect(within(banner).getByText(/Ask an owner or admin of the practice to update it/)).toBeInTheDocument();
    expect(within(banner).queryByRole('link')).not.toBeInTheDocument();
  });

  it('says a read-only practice has lost nothing', async () => {
    renderWorkspace('COACH', { practiceStanding: standingData({ plan: 'SOLO', status: 'UNPAID', readOnly: true, graceEndsAt: inDays(-1) }) });
    expect(await screen.findByRole('alert', { name: 'This practice is read-only until payment: nothing has been deleted' })).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: /^Payment failed/ })).not.toBeInTheDocument();
  });

  it('says the practice is suspended, with the reason', async () => {
    renderWorkspace('CLIENT', () =>
      graphQLAnswer({ practiceStanding: standingData({ suspended: true, suspendedReason: 'Unpaid invoices since March', readOnly: true }) }),
    );
    const banner = await screen.findByRole('alert', { name: 'This practice is suspended by Ascend' });
    expect(within(banner).getByText(/Reason: Unpaid invoices since March\./)).toBeInTheDocument();
  });
});
