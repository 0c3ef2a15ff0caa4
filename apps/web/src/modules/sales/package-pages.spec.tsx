import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { stripePages } from '../billing/stripe-pages';
import { publicPackageData } from './sales-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;
let openedStripePage: jest.SpyInstance<void, [string]>;

beforeEach(() => {
  fetchStub = stubFetch();
  openedStripePage = jest.spyOn(stripePages, 'open').mockImplementation(() => undefined);
});

const circle = publicPackageData({ slug: 'new-manager-circle', title: 'New manager circle', priceCents: 40000, billing: 'MONTHLY', coachName: null });
const page = '/p/ridgeline/packages/leadership-accelerator';
const checkoutUrl = 'https://checkout.stripe.test/pay/cs_package';
const sent = (operation: string) => requests(fetchStub).filter((r) => r.operationName === operation);

describe('a practice’s packages page', () => {
  it('shows each package on sale as a card leading to its page', async () => {
    answerOperations(fetchStub, { PublicPackages: { publicOfferings: [publicPackageData(), circle] } });
    renderRoute('/p/ridgeline/packages');

    expect(await screen.findByRole('heading', { level: 1, name: 'Coaching packages' })).toBeInTheDocument();
    const accelerator = within(screen.getByRole('article', { name: '12-month leadership accelerator' }));
    expect(accelerator.getByText('USD 4,800 once')).toBeInTheDocument();
    expect(accelerator.getByText('Runs 12 months · With Maren Okafor')).toBeInTheDocument();
    expect(accelerator.getByRole('link', { name: 'See 12-month leadership accelerator' })).toHaveAttribute('href', page);
    const monthly = within(screen.getByRole('article', { name: 'New manager circle' }));
    expect(monthly.getByText('USD 400 a month for 12 months')).toBeInTheDocument();
    expect(sent('PublicPackages')[0].variables).toEqual({ practiceSlug: 'ridgeline' });
  });

  it('says so when the practice has nothing on sale', async () => {
    answerOperations(fetchStub, { PublicPackages: { publicOfferings: [] } });
    renderRoute('/p/ridgeline/packages');

    expect(await screen.findByRole('heading', { level: 1, name: 'No packages on offer right now' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the practice’s page' })).toHaveAttribute('href', '/p/ridgeline');
  });
});

describe('a package’s page', () => {
  it('shows the package and sends a visitor to Stripe Checkout with their name and address', async () => {
    answerOperations(fetchStub, {
      PublicPackage: { publicOffering: publicPackageData() },
      BuyPackage: { buyPackage: { url: checkoutUrl } },
    });
    const { user } = renderRoute(page);

    expect(await screen.findByRole('heading', { level: 1, name: '12-month leadership accelerator' })).toBeInTheDocument();
    expect(screen.getAllByText(/USD 4,800 once/).length).toBeGreaterThan(0);
    expect(screen.getByText('Runs 12 months · Coached by Maren Okafor')).toBeInTheDocument();
    expect(screen.getByText('fortnightly').tagName).toBe('STRONG');
    expect(document.title).toBe('12-month leadership accelerator · Ascend');
    await fill(user, screen.getByRole('textbox', { name: /^Name/ }), 'Ada Lovelace');
    await fill(user, screen.getByRole('textbox', { name: /^Email/ }), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));

    await waitFor(() => expect(openedStripePage).toHaveBeenCalledWith(checkoutUrl));
    expect(sent('PublicPackage')[0].variables).toEqual({ practiceSlug: 'ridgeline', offeringSlug: 'leadership-accelerator' });
    expect(sent('BuyPackage')[0].variables).toEqual({
      input: { practiceSlug: 'ridgeline', offeringSlug: 'leadership-accelerator', name: 'Ada Lovelace', email: 'ada@example.com' },
    });
  });

  it('asks a visitor for their details first, and shows what the API refused under its field', async () => {
    answerOperations(fetchStub, {
      PublicPackage: { publicOffering: publicPackageData() },
      BuyPackage: () => graphQLError('BAD_USER_INPUT', 'Check the highlighted fields', [{ field: 'input.email', message: 'must be an email address' }]),
    });
    const { user } = renderRoute(page);

    await user.click(await screen.findByRole('button', { name: 'Continue to payment' }));
    expect(screen.getByText('Enter your name')).toBeInTheDocument();
    expect(sent('BuyPackage')).toHaveLength(0);

    await fill(user, screen.getByRole('textbox', { name: /^Name/ }), 'Ada Lovelace');
    await fill(user, screen.getByRole('textbox', { name: /^Email/ }), 'ada at example');
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));

    expect(await screen.findByText('Must be an email address')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('Ada Lovelace');
    expect(openedStripePage).not.toHaveBeenCalled();
  });

  it('lets a signed-in client buy as themselves, as a member of the practice', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'CLIENT')] }) },
      PublicPackage: { publicOffering: publicPackageData() },
      BuyPackage: { buyPackage: { url: checkoutUrl } },
    });
    const { user } = renderRoute(page);

    await user.click(await screen.findByRole('button', { name: 'Buy as Maren Okafor' }));

    await waitFor(() => expect(openedStripePage).toHaveBeenCalledWith(checkoutUrl));
    expect(screen.queryByRole('textbox', { name: /^Email/ })).not.toBeInTheDocument();
    const [buy] = sent('BuyPackage');
    expect(buy.variables).toEqual({ input: { practiceSlug: 'ridgeline', offeringSlug: 'leadership-accelerator' } });
    expect(buy.headers).toMatchObject({ 'x-practice-id': ridgeline.practiceId, authorization: 'Bearer access-1' });
  });

  it('thanks the buyer back from a paid checkout, with nothing more to buy', async () => {
    answerOperations(fetchStub, { PublicPackage: { publicOffering: publicPackageData() } });
    renderRoute(`${page}?checkout=success`);

    expect(await screen.findByRole('status', { name: 'Thank you: check your inbox to start' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue to payment' })).not.toBeInTheDocument();
  });

  it('says a cancelled checkout charged nothing, and offers the checkout again', async () => {
    answerOperations(fetchStub, { PublicPackage: { publicOffering: publicPackageData() } });
    renderRoute(`${page}?checkout=cancelled`);

    expect(await screen.findByRole('status', { name: 'Checkout cancelled: nothing was charged' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue to payment' })).toBeInTheDocument();
  });

  it('says so when the practice sells no package at the address', async () => {
    answerOperations(fetchStub, { PublicPackage: { publicOffering: null } });
    renderRoute('/p/ridgeline/packages/withdrawn');

    expect(await screen.findByRole('heading', { level: 1, name: 'No package at this address' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue to payment' })).not.toBeInTheDocument();
    expect(document.title).toBe('Package not found · Ascend');
  });
});
