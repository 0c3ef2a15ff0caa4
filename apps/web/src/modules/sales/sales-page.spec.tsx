import { act, screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, type OperationAnswer, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { rememberSignedIn } from '../../testing/session';
import { stripePages } from '../billing/stripe-pages';
import { accountData, ownerSession } from './sales-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;
let openedStripePage: jest.SpyInstance<void, [string]>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
  openedStripePage = jest.spyOn(stripePages, 'open').mockImplementation(() => undefined);
});

afterEach(() => jest.useRealTimers());

const plans = [
  { id: 'STARTER', name: 'Starter', monthlyPriceCents: 0, limits: { paidOfferings: false } },
  { id: 'TEAM', name: 'Team', monthlyPriceCents: 29900, limits: { paidOfferings: true } },
  { id: 'SOLO', name: 'Solo', monthlyPriceCents: 4900, limits: { paidOfferings: true } },
];

function renderSales(account: OperationAnswer, answers: Record<string, OperationAnswer> = {}, path = '/app/sales') {
  answerOperations(fetchStub, {
    ...ownerSession,
    SalesAccount: account,
    SalesOfferings: { offerings: [] },
    SalesPurchases: { purchases: { purchases: [], totals: [] } },
    ...answers,
  });
  return renderRoute(path);
}

const accountCard = async () => within(await screen.findByRole('region', { name: /^Stripe account/ }));
const operations = () => requests(fetchStub).map((r) => r.operationName);

describe('the sales page’s Stripe account', () => {
  it('says billing is not configured on this server, and offers no connecting', async () => {
    renderSales({ salesAccount: accountData({ billingConfigured: false, connected: false, chargesEnabled: false }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sales' })).toBeInTheDocument();
    const card = await accountCard();
    expect(await card.findByRole('alert', { name: 'Billing is not configured on this server' })).toBeInTheDocument();
    expect(card.queryByRole('button', { name: /Connect|Finish/ })).not.toBeInTheDocument();
    expect(document.title).toBe('Sales · Ascend');
  });

  it('names the cheapest plan that includes paid offerings, with the way to billing', async () => {
    renderSales({ salesAccount: accountData({ paidOfferingsAllowed: false, connected: false, chargesEnabled: false }) }, { PaidOfferingPlans: { plans } });

    const card = await accountCard();
    const alert = within(await card.findByRole('alert', { name: 'Your plan does not include paid offerings' }));
    expect(await alert.findByText('Selling packages and paid masterclass seats comes with the Solo plan and above.')).toBeInTheDocument();
    expect(alert.getByRole('link', { name: 'See the plans' })).toHaveAttribute('href', '/app/billing');
    expect(card.queryByRole('button', { name: 'Connect a Stripe account' })).not.toBeInTheDocument();
  });

  it('connects a Stripe account through Stripe’s hosted onboarding', async () => {
    const { user } = renderSales(
      { salesAccount: accountData({ connected: false, chargesEnabled: false }) },
      { ConnectStripeAccount: { connectStripeAccount: { url: 'https://connect.stripe.test/connect/acct_1' } } },
    );

    const card = await accountCard();
    await user.click(await card.findByRole('button', { name: 'Connect a Stripe account' }));

    await waitFor(() => expect(openedStripePage).toHaveBeenCalledWith('https://connect.stripe.test/connect/acct_1'));
    expect(operations()).toContain('ConnectStripeAccount');
  });

  it('sends an account that cannot take payments yet back to finish onboarding', async () => {
    const { user } = renderSales(
      { salesAccount: accountData({ connected: true, chargesEnabled: false }) },
      { ConnectStripeAccount: { connectStripeAccount: { url: 'https://connect.stripe.test/connect/acct_1' } } },
    );

    const card = await accountCard();
    expect(await card.findByText(/Stripe needs a few more details before it can take payments/)).toBeInTheDocument();
    expect(card.queryByText('Takes payments')).not.toBeInTheDocument();
    await user.click(card.getByRole('button', { name: 'Finish onboarding' }));

    await waitFor(() => expect(openedStripePage).toHaveBeenCalledWith('https://connect.stripe.test/connect/acct_1'));
  });

  it('says why Stripe’s onboarding did not open', async () => {
    const { user } = renderSales(
      { salesAccount: accountData({ connected: false, chargesEnabled: false }) },
      { ConnectStripeAccount: () => graphQLError('SERVICE_UNAVAILABLE', 'Stripe could not be reached: try again in a moment') },
    );

    await user.click(await (await accountCard()).findByRole('button', { name: 'Connect a Stripe account' }));

    expect(await screen.findByRole('alert', { name: 'Stripe’s onboarding did not open' })).toHaveTextContent('Stripe could not be reached: try again in a moment');
    expect(openedStripePage).not.toHaveBeenCalled();
  });

  it('back from onboarding, asks again until Stripe says the account takes payments', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const answers = [accountData({ chargesEnabled: false }), accountData()];
    renderSales(() => graphQLAnswer({ salesAccount: answers.shift() ?? accountData() }), {}, '/app/sales?connect=done');

    const card = await accountCard();
    expect(await card.findByRole('status', { name: 'Back from Stripe' })).toBeInTheDocument();
    await act(() => jest.advanceTimersByTimeAsync(2000));

    expect(await card.findByRole('status', { name: 'Your Stripe account is connected' })).toBeInTheDocument();
    expect(card.getByText('Takes payments')).toBeInTheDocument();
    await act(() => jest.advanceTimersByTimeAsync(10_000));
    expect(operations().filter((name) => name === 'SalesAccount')).toHaveLength(2);
  });

  it('says an expired onboarding link can be opened again', async () => {
    renderSales({ salesAccount: accountData({ chargesEnabled: false }) }, {}, '/app/sales?connect=retry');

    const card = await accountCard();
    expect(await card.findByRole('alert', { name: 'The Stripe link expired' })).toBeInTheDocument();
    expect(await card.findByRole('button', { name: 'Finish onboarding' })).toBeInTheDocument();
  });
});
