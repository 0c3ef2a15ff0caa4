import { screen, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, sessionData } from '../../testing/session';
import { SIGNED_IN_HINT } from './session-store';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

const brightwater = { practiceId: 'c0ffee00-0000-4000-8000-000000000001', practiceSlug: 'brightwater', practiceName: 'Brightwater Coaching' };
const ada = { id: 'u-ada', email: 'ada@brightwater.example', name: 'Ada Brightwater', emailVerified: true, isOperator: false };
const adaSession = { confirmSignUp: sessionData({ account: ada, memberships: [membership(brightwater, 'OWNER')] }) };
const link = '/sign-up/confirm?token=sign-up-token';

const slugTaken = (slug: string) =>
  graphQLError('CONFLICT', `The address "${slug}" is already taken: choose another address for your practice`, [
    { field: 'input.practiceSlug', message: 'is already taken' },
  ]);

function confirmations() {
  return requests(fetchStub)
    .filter((r) => r.operationName === 'ConfirmSignUp')
    .map((r) => r.variables);
}

describe('confirming a sign-up', () => {
  it('opens the practice at the click, not on arrival, and signs in with a confirmed address', async () => {
    answerOperations(fetchStub, { ConfirmSignUp: adaSession });

    const { router, user } = renderRoute(link);

    expect(screen.getByRole('heading', { level: 1, name: 'Open your practice' })).toBeInTheDocument();
    // A mail scanner that follows the link sends nothing.
    expect(fetchStub).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Open my practice' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Ada' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
    expect(confirmations()).toEqual([{ input: { token: 'sign-up-token' } }]);
    expect(screen.getByRole('button', { name: 'Account menu of Ada Brightwater' })).toBeInTheDocument();
    expect(screen.queryByText('Please confirm your email address')).not.toBeInTheDocument();
    expect(localStorage.getItem(SIGNED_IN_HINT)).toBe('1');
  });

  it('asks for another address when the chosen one was taken meanwhile, and tries again with the same link', async () => {
    const answers = [slugTaken('brightwater'), slugTaken('brightwater-studio'), graphQLAnswer(adaSession)];
    answerOperations(fetchStub, { ConfirmSignUp: () => answers.shift()! });

    const { router, user } = renderRoute(link);
    expect(screen.queryByLabelText(/^Practice address/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open my practice' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The address "brightwater" is already taken: choose another address for your practice');
    const address = screen.getByLabelText(/^Practice address/);
    expect(address).toHaveValue('');
    expect(address).toHaveAccessibleDescription(expect.stringContaining('3 to 63 lower-case letters, digits and single hyphens.'));

    await user.click(screen.getByRole('button', { name: 'Open my practice' }));
    expect(address).toHaveAccessibleDescription(expect.stringContaining('Choose an address for your practice page'));
    expect(confirmations()).toHaveLength(1);

    await fill(user, address, 'bw');
    expect(address).toHaveAccessibleDescription(expect.stringContaining('The address needs at least 3 characters (it has 2)'));
    await user.click(screen.getByRole('button', { name: 'Open my practice' }));
    expect(confirmations()).toHaveLength(1);

    await fill(user, address, 'Brightwater Studio');
    await user.click(screen.getByRole('button', { name: 'Open my practice' }));
    expect(await screen.findByText('Is already taken')).toBeInTheDocument();
    expect(address).toHaveAttribute('aria-invalid', 'true');

    await fill(user, address, 'brightwater-coaching');
    await user.click(screen.getByRole('button', { name: 'Open my practice' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Ada' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
    expect(confirmations()).toEqual([
      { input: { token: 'sign-up-token' } },
      { input: { token: 'sign-up-token', practiceSlug: 'brightwater-studio' } },
      { input: { token: 'sign-up-token', practiceSlug: 'brightwater-coaching' } },
    ]);
  });

  it('sends to sign-in when the address got an account meanwhile', async () => {
    answerOperations(fetchStub, {
      ConfirmSignUp: () =>
        graphQLError('CONFLICT', 'This address has had an account since you signed up: sign in instead', [
          { field: 'input.token', message: 'belongs to an address that already has an account' },
        ]),
    });

    const { user } = renderRoute(link);
    await user.click(screen.getByRole('button', { name: 'Open my practice' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'This address already has an account' })).toBeInTheDocument();
    expect(screen.getByText('This address has had an account since you signed up: sign in instead')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByLabelText(/^Practice address/)).not.toBeInTheDocument();
  });

  it('explains a used or expired link and offers to sign in or sign up again', async () => {
    answerOperations(fetchStub, {
      ConfirmSignUp: () =>
        graphQLError('NOT_FOUND', 'This sign-up link is invalid, used or expired: if you confirmed already, sign in; otherwise sign up again', [
          { field: 'input.token', message: 'is invalid, used or expired' },
        ]),
    });

    const { user } = renderRoute(link);
    await user.click(screen.getByRole('button', { name: 'Open my practice' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'This sign-up link does not work' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(screen.getByRole('link', { name: 'Sign up again' })).toHaveAttribute('href', '/sign-up');
  });

  it('says the same of a link without its token, asking nothing of the API', () => {
    renderRoute('/sign-up/confirm');

    expect(screen.getByRole('heading', { level: 1, name: 'This sign-up link does not work' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign up again' })).toHaveAttribute('href', '/sign-up');
    expect(screen.queryByRole('button', { name: 'Open my practice' })).not.toBeInTheDocument();
    expect(fetchStub).not.toHaveBeenCalled();
  });
});
