import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { stripePages } from '../billing/stripe-pages';
import { manageToken, myRegistration, publicMasterclass } from './masterclass-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;
let openedStripePage: jest.SpyInstance<void, [string]>;

beforeEach(() => {
  fetchStub = stubFetch();
  openedStripePage = jest.spyOn(stripePages, 'open').mockImplementation(() => undefined);
});

const page = '/p/ridgeline/masterclasses/lead-without-fixing';
const paidMasterclass = publicMasterclass({ price: { amountCents: 4500, currency: 'EUR' } });
const heldSeat = myRegistration({ status: 'PENDING_PAYMENT', holdExpiresAt: '2099-12-01T10:30:00.000Z', joinUrl: null, masterclass: paidMasterclass });

async function reserveSeat(user: ReturnType<typeof renderRoute>['user']) {
  await fill(user, await screen.findByRole('textbox', { name: /^Name/ }), 'Ada Lovelace');
  await fill(user, screen.getByRole('textbox', { name: /^Email/ }), 'ada@example.com');
  await user.click(screen.getByRole('checkbox', { name: /I agree that Ridgeline Leadership Coaching may email me/ }));
  await user.click(screen.getByRole('button', { name: 'Reserve my seat' }));
  return within(await screen.findByRole('status'));
}

describe('the result of registering for a paid masterclass', () => {
  it('holds the seat and opens Stripe Checkout for it with the registration’s token', async () => {
    answerOperations(fetchStub, {
      PublicMasterclassPage: { publicMasterclass: paidMasterclass },
      RegisterForMasterclass: { registerForMasterclass: { alreadyRegistered: false, registration: heldSeat } },
      PayForRegistration: { payForRegistration: { url: 'https://checkout.stripe.test/pay/cs_seat' } },
    });
    const { user } = renderRoute(page);

    const result = await reserveSeat(user);
    expect(result.getByRole('heading', { name: 'Your seat is held' })).toHaveFocus();
    expect(result.getByRole('link', { name: 'Manage your registration' })).toHaveAttribute('href', `/p/ridgeline/registrations/${manageToken}`);
    expect(openedStripePage).not.toHaveBeenCalled();
    await user.click(result.getByRole('button', { name: 'Pay now' }));

    await waitFor(() => expect(openedStripePage).toHaveBeenCalledWith('https://checkout.stripe.test/pay/cs_seat'));
    expect(requests(fetchStub).find((r) => r.operationName === 'PayForRegistration')?.variables).toEqual({ token: manageToken });
  });

  it('says clearly when the practice cannot take payments, and goes nowhere', async () => {
    answerOperations(fetchStub, {
      PublicMasterclassPage: { publicMasterclass: paidMasterclass },
      RegisterForMasterclass: { registerForMasterclass: { alreadyRegistered: false, registration: heldSeat } },
      PayForRegistration: () => graphQLError('CONFLICT', 'Ridgeline Leadership Coaching cannot take payments yet: contact the host to pay another way'),
    });
    const { user } = renderRoute(page);

    const result = await reserveSeat(user);
    await user.click(result.getByRole('button', { name: 'Pay now' }));

    const alert = await screen.findByRole('alert', { name: 'The payment page did not open' });
    expect(within(alert).getByText(/cannot take payments yet/)).toBeInTheDocument();
    expect(openedStripePage).not.toHaveBeenCalled();
  });

  it('offers no payment for a complimentary seat', async () => {
    answerOperations(fetchStub, {
      PublicMasterclassPage: { publicMasterclass: publicMasterclass() },
      RegisterForMasterclass: { registerForMasterclass: { alreadyRegistered: false, registration: myRegistration() } },
    });
    const { user } = renderRoute(page);

    await fill(user, await screen.findByRole('textbox', { name: /^Name/ }), 'Ada Lovelace');
    await fill(user, screen.getByRole('textbox', { name: /^Email/ }), 'ada@example.com');
    await user.click(screen.getByRole('checkbox', { name: /I agree that Ridgeline Leadership Coaching may email me/ }));
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('heading', { name: 'You’re in' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pay now' })).not.toBeInTheDocument();
  });
});
