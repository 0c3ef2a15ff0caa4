import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { maren, sessionData } from '../../testing/session';
import { SIGNED_IN_HINT } from './session-store';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

describe('sign-in page', () => {
  it('signs in and lands on the practice home, with the account in the header', async () => {
    answerOperations(fetchStub, { SignIn: { signIn: sessionData() }, DemoAccounts: { demoAccounts: [] } });

    const { router, user } = renderRoute('/sign-in');

    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Ascend' })).toBeInTheDocument();
    await fill(user, screen.getByLabelText(/^Email/), 'maren@ridgeline.example');
    await fill(user, screen.getByLabelText(/^Password/), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Maren' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
    expect(requests(fetchStub).filter((r) => r.operationName === 'SignIn')).toEqual([
      expect.objectContaining({ variables: { input: { email: 'maren@ridgeline.example', password: 'a long enough passphrase' } } }),
    ]);
    expect(screen.getByRole('button', { name: `Account menu of ${maren.name}` })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
    expect(localStorage.getItem(SIGNED_IN_HINT)).toBe('1');
  });

  it('says so when the password is wrong, keeping what was typed', async () => {
    answerOperations(fetchStub, { SignIn: () => graphQLError('UNAUTHENTICATED', 'Email or password is wrong'), DemoAccounts: { demoAccounts: [] } });

    const { router, user } = renderRoute('/sign-in');

    await fill(user, screen.getByLabelText(/^Email/), 'maren@ridgeline.example');
    await fill(user, screen.getByLabelText(/^Password/), 'not my password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You are not signed in');
    expect(alert).toHaveTextContent('Email or password is wrong');
    expect(screen.getByLabelText(/^Email/)).toHaveValue('maren@ridgeline.example');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('not my password');
    expect(router.state.location.pathname).toBe('/sign-in');
    // A wrong password is not an expired session: nothing tries to refresh.
    expect(requests(fetchStub).map((r) => r.operationName)).toEqual(['DemoAccounts', 'SignIn']);
    expect(localStorage.getItem(SIGNED_IN_HINT)).toBeNull();
  });

  it('fills in the email the link carries, as the mail about a repeated sign-up sends it', async () => {
    answerOperations(fetchStub, { SignIn: { signIn: sessionData() }, DemoAccounts: { demoAccounts: [] } });
    const { user } = renderRoute('/sign-in?email=maren%40ridgeline.example');

    expect(screen.getByLabelText(/^Email/)).toHaveValue('maren@ridgeline.example');
    await fill(user, screen.getByLabelText(/^Password/), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Maren' })).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'SignIn')?.variables).toEqual({
      input: { email: 'maren@ridgeline.example', password: 'a long enough passphrase' },
    });
  });

  it('asks for the fields left empty without calling the API', async () => {
    answerOperations(fetchStub, { DemoAccounts: { demoAccounts: [] } });
    const { user } = renderRoute('/sign-in');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('Enter your email');
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription('Enter your password');
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('SignIn');
  });

  it('lists the demo accounts the API offers; picking one fills the form', async () => {
    const demoAccounts = [
      { role: 'OWNER', name: 'Maren Okafor', email: 'maren@ridgeline.example', password: 'Ridgeline-Owner-Demo' },
      { role: 'COACH', name: 'Jonas Whitfield', email: 'jonas@ridgeline.example', password: 'Ridgeline-Coach-Demo' },
    ];
    answerOperations(fetchStub, { DemoAccounts: { demoAccounts } });
    const { user } = renderRoute('/sign-in');

    const list = await screen.findByRole('region', { name: 'Demo accounts' });
    await user.click(within(list).getByRole('button', { name: 'Use the demo account of Jonas Whitfield, Coach' }));

    expect(screen.getByLabelText(/^Email/)).toHaveValue('jonas@ridgeline.example');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('Ridgeline-Coach-Demo');
  });

  it('shows no demo accounts when the API offers none', async () => {
    answerOperations(fetchStub, { DemoAccounts: { demoAccounts: [] } });
    renderRoute('/sign-in');

    await waitFor(() => expect(requests(fetchStub).map((r) => r.operationName)).toEqual(['DemoAccounts']));
    expect(screen.queryByRole('region', { name: 'Demo accounts' })).not.toBeInTheDocument();
  });

  it('offers sign-in and sign-up in the header to signed-out visitors', () => {
    answerOperations(fetchStub, { DemoAccounts: { demoAccounts: [] } });
    renderRoute('/sign-in');

    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(within(header).getByRole('link', { name: 'Sign up' })).toHaveAttribute('href', '/sign-up');
  });

  it('says a malformed email as it is typed and does not send it', async () => {
    answerOperations(fetchStub, { DemoAccounts: { demoAccounts: [] } });
    const { user } = renderRoute('/sign-in');

    await fill(user, screen.getByLabelText(/^Email/), 'maren.ridgeline.example');
    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('Enter an email address such as name@example.com');
    await fill(user, screen.getByLabelText(/^Password/), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('SignIn');
  });
});
