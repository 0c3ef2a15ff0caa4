import { formatDate } from '@ascend/web/ui';
import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, type OperationAnswer, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { billingData, invoiceData, plans, practicePlan, solo, standingData, starter, subscribedBilling, usageFor } from './billing-fixtures';
import { stripePages } from './stripe-pages';

let fetchStub: ReturnType<typeof stubFetch>;
let openedStripePage: jest.SpyInstance<void, [string]>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
  openedStripePage = jest.spyOn(stripePages, 'open').mockImplementation(() => undefined);
});

function renderBilling(practiceBilling: OperationAnswer | object, answers: Record<string, OperationAnswer> = {}, path = '/app/billing') {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'OWNER')] }) },
    PracticeStanding: { practiceStanding: standingData() },
    Plans: { plans },
    PracticeBilling: typeof practiceBilling === 'function' ? (practiceBilling as OperationAnswer) : { practiceBilling },
    ...answers,
  });
  return renderRoute(path);
}

const planCard = (name: string) => within(screen.getByRole('article', { name }));
const loadedPlanCard = async (name: string) => within(await screen.findByRole('article', { name }));
const operations = () => requests(fetchStub).map((r) => r.operationName);

describe('the billing page', () => {
  it('says billing is not configured, which variables enable it, and still shows the plans without buttons', async () => {
    renderBilling(billingData({ configured: false, limitsEnforced: false, missingVariables: ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET'] }));

    const notice = await screen.findByRole('alert', { name: 'Billing is not configured on this server' });
    expect(within(notice).getByText(/stays on the free Starter plan and no plan limits apply/)).toBeInTheDocument();
    const missing = within(within(notice).getByRole('list', { name: 'Missing settings' }));
    expect(missing.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET']);
    expect(screen.getByText(/Limits are not enforced on this server/)).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Team' })).toBeInTheDocument();
    expect(planCard('Solo').getByText('$49 a month')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^(Start|Switch to)/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Manage card, invoices and cancellation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Invoices' })).not.toBeInTheDocument();
  });

  it('shows Starter with its usage bars and starts Solo with Stripe Checkout', async () => {
    const usage = usageFor(starter, { coaches: 1, activeClients: 4, subscribers: 120, emailsPerMonth: 300 });
    const { user } = renderBilling(billingData({ usage }), {
      StartPlanCheckout: { startPlanCheckout: { url: 'https://checkout.stripe.test/pay/cs_1' } },
    });

    const current = within(await screen.findByRole('region', { name: 'Current plan' }));
    expect(current.getByRole('heading', { name: 'Starter' })).toBeInTheDocument();
    expect(current.getByText('No subscription')).toBeInTheDocument();
    // Without a subscription there is no Stripe customer, so no portal.
    expect(current.queryByRole('button', { name: 'Manage card, invoices and cancellation' })).not.toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Coaches (pending invitations included): 1 of 1 coach' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Active clients: 4 of 5 active clients' })).toBeInTheDocument();
    expect(screen.getByText('120 of 250 newsletter subscribers')).toBeInTheDocument();
    expect(screen.queryByText(/Limits are not enforced/)).not.toBeInTheDocument();
    expect(await planCard('Starter').findByText('Current plan')).toBeInTheDocument();
    expect(planCard('Starter').queryByRole('button')).not.toBeInTheDocument();

    await user.click(planCard('Solo').getByRole('button', { name: 'Start Solo' }));

    await waitFor(() => expect(openedStripePage).toHaveBeenCalledWith('https://checkout.stripe.test/pay/cs_1'));
    expect(requests(fetchStub).find((r) => r.operationName === 'StartPlanCheckout')?.variables).toEqual({ plan: 'SOLO' });
  });

  it('says so when Stripe cannot be reached for Checkout, and that trying again helps', async () => {
    const { user } = renderBilling(billingData(), {
      StartPlanCheckout: () => graphQLError('SERVICE_UNAVAILABLE', 'Stripe could not be reached to start checkout; nothing was changed, please try again in a minute'),
    });

    await user.click(await screen.findByRole('button', { name: 'Start Practice' }));

    const alert = await screen.findByRole('alert', { name: 'Stripe could not be reached: try again in a moment' });
    expect(within(alert).getByText(/nothing was changed, please try again in a minute/)).toBeInTheDocument();
    expect(openedStripePage).not.toHaveBeenCalled();
  });

  it('shows a trial with its end date, opens the Customer Portal, and offers switches rather than Checkout', async () => {
    const trialEndsAt = '2026-12-10T12:00:00.000Z';
    const { user } = renderBilling(subscribedBilling(solo, { status: 'TRIALING', trialEndsAt }), {
      OpenBillingPortal: { openBillingPortal: { url: 'https://billing.stripe.test/portal/bps_1' } },
    });

    const current = within(await screen.findByRole('region', { name: 'Current plan' }));
    expect(current.getByRole('heading', { name: 'Solo' })).toBeInTheDocument();
    expect(current.getByText(`Trial until ${formatDate(trialEndsAt)}`)).toBeInTheDocument();
    expect(await planCard('Solo').findByText('Current plan')).toBeInTheDocument();
    expect(planCard('Practice').getByRole('button', { name: 'Switch to Practice' })).toBeInTheDocument();
    expect(planCard('Starter').getByRole('button', { name: 'Switch to Starter' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Start / })).not.toBeInTheDocument();

    await user.click(current.getByRole('button', { name: 'Manage card, invoices and cancellation' }));

    await waitFor(() => expect(openedStripePage).toHaveBeenCalledWith('https://billing.stripe.test/portal/bps_1'));
  });

  it('shows an overdue payment with the day the practice turns read-only, and a read-only practice', async () => {
    const graceEndsAt = '2026-12-08T09:00:00.000Z';
    const { unmount } = renderBilling(subscribedBilling(solo, { status: 'PAST_DUE', graceEndsAt }));
    expect(await screen.findByText(`Payment overdue: read-only from ${formatDate(graceEndsAt)}`)).toBeInTheDocument();
    unmount();

    renderBilling(subscribedBilling(solo, { status: 'UNPAID', graceEndsAt, readOnly: true }));
    expect(await screen.findByText('Read-only until payment')).toBeInTheDocument();
  });

  it('switches plan after a confirmation that says Stripe prorates', async () => {
    let billing = subscribedBilling(solo);
    const { user } = renderBilling(() => graphQLAnswer({ practiceBilling: billing }), {
      ChangePlan: () => {
        billing = subscribedBilling(practicePlan);
        return graphQLAnswer({ changePlan: billing });
      },
    });

    await user.click((await loadedPlanCard('Practice')).getByRole('button', { name: 'Switch to Practice' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Switch to Practice?' }));
    expect(dialog.getByText(/from Solo \(\$49 a month\) to Practice \(\$129 a month\) now/)).toBeInTheDocument();
    expect(dialog.getByText('5 coaches')).toBeInTheDocument();
    expect(dialog.getByText(/Stripe prorates/)).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Keep Solo' }));
    expect(operations()).not.toContain('ChangePlan');

    await user.click(planCard('Practice').getByRole('button', { name: 'Switch to Practice' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Switch to Practice' }));

    expect(await screen.findByText(`You are on the Practice plan, renewing on ${formatDate('2026-12-01T00:00:00.000Z')}.`)).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'ChangePlan')?.variables).toEqual({ plan: 'PRACTICE' });
    expect(within(screen.getByRole('region', { name: 'Current plan' })).getByRole('heading', { name: 'Practice' })).toBeInTheDocument();
    expect(planCard('Practice').getByText('Current plan')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Active clients: 4 of 120 active clients' })).toBeInTheDocument();
  });

  it('keeps a refused downgrade in the dialog with what to remove first', async () => {
    const refusal = 'The Solo plan allows 1 coach and this practice has 3: remove 2 coaches (3 of 1 allowed) before switching';
    const { user } = renderBilling(subscribedBilling(practicePlan), { ChangePlan: () => graphQLError('CONFLICT', refusal) });

    await user.click((await loadedPlanCard('Solo')).getByRole('button', { name: 'Switch to Solo' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Switch to Solo?' }));
    await user.click(dialog.getByRole('button', { name: 'Switch to Solo' }));

    expect(await dialog.findByText(refusal)).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Switch to Solo?' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Current plan' })).getByRole('heading', { name: 'Practice' })).toBeInTheDocument();
  });

  it('moves to Starter by cancelling at the end of the period', async () => {
    const renewsAt = '2026-12-01T00:00:00.000Z';
    const { user } = renderBilling(subscribedBilling(solo, { renewsAt }), {
      ChangePlan: { changePlan: subscribedBilling(solo, { renewsAt: null, cancelsAt: renewsAt }) },
    });

    await user.click((await loadedPlanCard('Starter')).getByRole('button', { name: 'Switch to Starter' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Switch to Starter?' }));
    expect(dialog.getByText(new RegExp(`cancelled at the end of the current period, on ${formatDate(renewsAt)}`))).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Switch to Starter' }));

    expect(await screen.findByText(`Your Solo subscription ends on ${formatDate(renewsAt)}; then the Starter plan applies.`)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Current plan' })).getByText(`Cancels on ${formatDate(renewsAt)}`)).toBeInTheDocument();
    expect(planCard('Starter').getByText(`Applies from ${formatDate(renewsAt)}`)).toBeInTheDocument();
  });

  it('resumes a subscription set to end when its plan is chosen again', async () => {
    const cancelsAt = '2026-12-01T00:00:00.000Z';
    const { user } = renderBilling(subscribedBilling(solo, { renewsAt: null, cancelsAt }), {
      ChangePlan: { changePlan: subscribedBilling(solo, { renewsAt: cancelsAt }) },
    });

    await user.click((await loadedPlanCard('Solo')).getByRole('button', { name: 'Keep Solo' }));

    expect(await screen.findByText(`You are on the Solo plan, renewing on ${formatDate(cancelsAt)}.`)).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'ChangePlan')?.variables).toEqual({ plan: 'SOLO' });
    expect(within(screen.getByRole('region', { name: 'Current plan' })).getByText(`Active, renews ${formatDate(cancelsAt)}`)).toBeInTheDocument();
    expect(planCard('Solo').queryByRole('button')).not.toBeInTheDocument();
  });

  it('lists the invoices with their amount, status and Stripe links', async () => {
    const open = invoiceData({ id: 'in_2', number: 'ASC-0002', status: 'open', amountDueCents: 12900, amountPaidCents: 0, createdAt: '2026-12-01T00:00:00.000Z' });
    renderBilling(subscribedBilling(solo, { invoices: [open, invoiceData()] }));

    const table = within(await screen.findByRole('table', { name: 'Invoices' }));
    const rows = table.getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(0, 4).map((cell) => cell.textContent))).toEqual([
      [formatDate('2026-12-01T00:00:00.000Z'), 'ASC-0002', '$129.00', 'Due'],
      [formatDate('2026-11-01T00:00:00.000Z'), 'ASC-0001', '$49.00', 'Paid'],
    ]);
    expect(table.getByRole('link', { name: 'View invoice ASC-0001' })).toHaveAttribute('href', 'https://invoice.stripe.test/i/in_1');
    expect(table.getByRole('link', { name: 'PDF of invoice ASC-0001' })).toHaveAttribute('href', 'https://invoice.stripe.test/i/in_1/pdf');
  });

  it('says when there are no invoices yet', async () => {
    renderBilling(billingData());
    expect(await within(await screen.findByRole('region', { name: 'Invoices' })).findByText(/No invoices yet/)).toBeInTheDocument();
  });

  it('back from Checkout, waits for the subscription and then shows the new plan', async () => {
    let asked = 0;
    renderBilling(() => graphQLAnswer({ practiceBilling: ++asked < 2 ? billingData() : subscribedBilling(solo, { status: 'TRIALING' }) }), {}, '/app/billing?checkout=success');

    expect(await screen.findByRole('alert', { name: 'Payment received: your plan updates in a moment' })).toBeInTheDocument();
    expect(await screen.findByRole('alert', { name: 'Payment received: you are on the Solo plan' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Current plan' })).getByRole('heading', { name: 'Solo' })).toBeInTheDocument();
    // The banner learns of the new subscription too.
    await waitFor(() => expect(operations().filter((name) => name === 'PracticeStanding')).toHaveLength(2));
  });

  it('back from a cancelled Checkout, says nothing was charged', async () => {
    renderBilling(billingData(), {}, '/app/billing?checkout=cancelled');
    expect(await screen.findByRole('alert', { name: 'Checkout cancelled: nothing was charged' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Start Solo' })).toBeInTheDocument();
  });

  it('shows the reason when billing does not load', async () => {
    renderBilling(() => graphQLError('FORBIDDEN', 'Only owners and admins see billing'));
    expect(await screen.findByText('Only owners and admins see billing')).toBeInTheDocument();
  });
});
