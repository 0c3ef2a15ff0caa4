import { act, screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { stripePages } from '../billing/stripe-pages';
import { manageToken, myRegistration, publicMasterclass } from './masterclass-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;
let openedStripePage: jest.SpyInstance<void, [string]>;

beforeEach(() => {
  fetchStub = stubFetch();
  openedStripePage = jest.spyOn(stripePages, 'open').mockImplementation(() => undefined);
});

afterEach(() => jest.useRealTimers());

const page = `/p/ridgeline/registrations/${manageToken}`;
const statusSection = () => within(screen.getByRole('region', { name: 'Ada Lovelace' }));
const heldSeat = () => myRegistration({ status: 'PENDING_PAYMENT', holdExpiresAt: '2099-12-01T10:30:00.000Z', joinUrl: null });
const operations = () => requests(fetchStub).map((r) => r.operationName);

describe('managing my registration', () => {
  it('shows a confirmed seat with the join link, the calendar link and the time', async () => {
    answerOperations(fetchStub, { RegistrationByLink: { registrationByLink: myRegistration() } });
    renderRoute(page);

    expect(await screen.findByRole('heading', { level: 1, name: 'Lead without fixing everything' })).toBeInTheDocument();
    expect(statusSection().getByText('Confirmed')).toBeInTheDocument();
    expect(statusSection().getByRole('link', { name: 'Join the masterclass' })).toHaveAttribute('href', 'https://meet.example/ridgeline-dec');
    expect(statusSection().getByRole('link', { name: 'Add to calendar' })).toHaveAttribute('href', myRegistration().calendarUrl);
    expect(screen.getByText(/\(your time\) · .+ in Europe\/London$/)).toBeInTheDocument();
    expect(requests(fetchStub)[0].variables).toEqual({ token: manageToken });
  });

  it('shows the place on the waitlist', async () => {
    answerOperations(fetchStub, { RegistrationByLink: { registrationByLink: myRegistration({ status: 'WAITLISTED', waitlistPosition: 2, joinUrl: null }) } });
    renderRoute(page);

    expect(await screen.findByText('Waitlist: number 2')).toBeInTheDocument();
    expect(screen.getByText(/You’re number 2 on the waitlist/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Join the masterclass' })).not.toBeInTheDocument();
  });

  it('cancels after asking once more, and shows the cancelled registration', async () => {
    answerOperations(fetchStub, {
      RegistrationByLink: { registrationByLink: myRegistration() },
      CancelRegistrationByLink: { cancelRegistration: myRegistration({ status: 'CANCELLED', joinUrl: null }) },
    });
    const { user } = renderRoute(page);

    await user.click(await screen.findByRole('button', { name: 'Cancel my registration' }));
    expect(screen.getByText(/Your seat goes to the next person on the waitlist at once/)).toBeInTheDocument();
    expect(requests(fetchStub).map((r) => r.operationName)).toEqual(['RegistrationByLink']);
    await user.click(screen.getByRole('button', { name: 'Yes, cancel my registration' }));

    expect(await screen.findByText('Your registration is cancelled')).toBeInTheDocument();
    expect(statusSection().getByText('Cancelled')).toBeInTheDocument();
    expect(statusSection().queryByRole('link', { name: 'Join the masterclass' })).not.toBeInTheDocument();
    expect(statusSection().queryByRole('link', { name: 'Add to calendar' })).not.toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'CancelRegistrationByLink')?.variables).toEqual({ token: manageToken });
  });

  it('keeps the registration when the registrant changes their mind', async () => {
    answerOperations(fetchStub, { RegistrationByLink: { registrationByLink: myRegistration() } });
    const { user } = renderRoute(page);

    await user.click(await screen.findByRole('button', { name: 'Cancel my registration' }));
    await user.click(screen.getByRole('button', { name: 'Keep my registration' }));

    expect(screen.getByRole('button', { name: 'Cancel my registration' })).toBeInTheDocument();
    expect(requests(fetchStub).map((r) => r.operationName)).toEqual(['RegistrationByLink']);
  });

  it('offers no cancelling once the masterclass has started, and shows the replay afterwards', async () => {
    const past = publicMasterclass({ status: 'COMPLETED', startsAt: '2020-01-09T17:00:00.000Z', endsAt: '2020-01-09T18:30:00.000Z', registrationOpen: false });
    answerOperations(fetchStub, { RegistrationByLink: { registrationByLink: myRegistration({ masterclass: past, joinUrl: null, replayUrl: 'https://video.example/replay' }) } });
    renderRoute(page);

    expect(await screen.findByRole('link', { name: 'Watch the replay' })).toHaveAttribute('href', 'https://video.example/replay');
    expect(screen.queryByRole('button', { name: 'Cancel my registration' })).not.toBeInTheDocument();
  });

  it('says a tampered or incomplete link is not valid', async () => {
    answerOperations(fetchStub, {
      RegistrationByLink: () =>
        graphQLError('NOT_FOUND', 'This registration link is not valid: use the link in your latest email', [{ field: 'token', message: 'is not a valid registration link' }]),
    });
    renderRoute(`/p/ridgeline/registrations/${manageToken.slice(0, -1)}X`);

    expect(await screen.findByRole('heading', { level: 1, name: 'This link is not valid' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the practice’s masterclasses' })).toHaveAttribute('href', '/p/ridgeline');
    expect(document.title).toBe('Link not valid · Ascend');
  });
});

describe('paying for a seat held for payment', () => {
  it('opens Stripe Checkout for the seat from the registrant’s page', async () => {
    answerOperations(fetchStub, {
      RegistrationByLink: { registrationByLink: heldSeat() },
      PayForRegistration: { payForRegistration: { url: 'https://checkout.stripe.test/pay/cs_seat' } },
    });
    const { user } = renderRoute(page);

    expect(await screen.findByText('Seat held for payment')).toBeInTheDocument();
    expect(openedStripePage).not.toHaveBeenCalled();
    await user.click(statusSection().getByRole('button', { name: 'Pay now' }));

    await waitFor(() => expect(openedStripePage).toHaveBeenCalledWith('https://checkout.stripe.test/pay/cs_seat'));
    expect(requests(fetchStub).find((r) => r.operationName === 'PayForRegistration')?.variables).toEqual({ token: manageToken });
  });

  it('says why the payment page did not open when the practice cannot take payments, and keeps the seat held', async () => {
    answerOperations(fetchStub, {
      RegistrationByLink: { registrationByLink: heldSeat() },
      PayForRegistration: () => graphQLError('CONFLICT', 'Ridgeline Leadership Coaching cannot take payments yet: contact the host to pay another way'),
    });
    const { user } = renderRoute(page);

    await user.click(await screen.findByRole('button', { name: 'Pay now' }));

    const alert = await screen.findByRole('alert', { name: 'The payment page did not open' });
    expect(within(alert).getByText(/cannot take payments yet: contact the host/)).toBeInTheDocument();
    expect(openedStripePage).not.toHaveBeenCalled();
    expect(statusSection().getByText('Seat held for payment')).toBeInTheDocument();
    expect(statusSection().getByRole('button', { name: 'Pay now' })).toBeEnabled();
  });

  it('back from a payment, says it was received and asks again until the webhook confirmed the seat', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const answers = [heldSeat(), heldSeat(), myRegistration()];
    answerOperations(fetchStub, { RegistrationByLink: () => graphQLAnswer({ registrationByLink: answers.shift() ?? myRegistration() }) });
    renderRoute(`${page}?checkout=success`);

    expect(await screen.findByRole('status', { name: 'Payment received: your seat is confirmed in a moment' })).toBeInTheDocument();
    // The payment went through: paying again is not offered while Stripe's confirmation is on its way.
    expect(screen.queryByRole('button', { name: 'Pay now' })).not.toBeInTheDocument();
    expect(operations()).toEqual(['RegistrationByLink']);

    await act(() => jest.advanceTimersByTimeAsync(2000));
    expect(operations()).toEqual(['RegistrationByLink', 'RegistrationByLink']);
    expect(screen.getByRole('status', { name: 'Payment received: your seat is confirmed in a moment' })).toBeInTheDocument();

    await act(() => jest.advanceTimersByTimeAsync(2000));
    expect(await screen.findByRole('status', { name: 'Payment received: your seat is confirmed' })).toBeInTheDocument();
    expect(statusSection().getByText('Confirmed')).toBeInTheDocument();
    expect(statusSection().getByRole('link', { name: 'Join the masterclass' })).toBeInTheDocument();

    // Confirmed: no more asking.
    await act(() => jest.advanceTimersByTimeAsync(10_000));
    expect(operations()).toHaveLength(3);
  });

  it('says so when Stripe’s confirmation is late, and then stops asking', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    answerOperations(fetchStub, { RegistrationByLink: { registrationByLink: heldSeat() } });
    renderRoute(`${page}?checkout=success`);

    expect(await screen.findByText('We’re waiting for Stripe’s confirmation; this page updates by itself.')).toBeInTheDocument();
    // Each round is set once the previous answer rendered, so time moves on one round at a time.
    for (let round = 0; round < 20; round++) await act(() => jest.advanceTimersByTimeAsync(2000));

    expect(screen.getByText(/taking longer than usual. Reload this page in a few minutes; there is no need to pay again/)).toBeInTheDocument();
    const asked = operations().length;
    expect(asked).toBeGreaterThan(2);
    for (let round = 0; round < 5; round++) await act(() => jest.advanceTimersByTimeAsync(2000));
    expect(operations()).toHaveLength(asked);
  });

  it('says a cancelled checkout charged nothing, and offers to pay again', async () => {
    answerOperations(fetchStub, { RegistrationByLink: { registrationByLink: heldSeat() } });
    renderRoute(`${page}?checkout=cancelled`);

    expect(await screen.findByRole('status', { name: 'Checkout cancelled: nothing was charged' })).toBeInTheDocument();
    expect(screen.getByText(/Your seat stays held until .+\. Pay below to make it yours\./)).toBeInTheDocument();
    expect(statusSection().getByRole('button', { name: 'Pay now' })).toBeInTheDocument();
  });
});
