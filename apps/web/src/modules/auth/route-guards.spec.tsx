import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

const team = [{ membershipId: 'm1', userId: 'u-maren', name: 'Maren Okafor', email: 'maren@ridgeline.example', role: 'OWNER', joinedAt: '2026-01-05T10:00:00Z' }];

describe('protected pages', () => {
  it('send signed-out visitors to sign in, and back to the page afterwards', async () => {
    answerOperations(fetchStub, { SignIn: { signIn: sessionData() }, Team: { team }, Invitations: { invitations: [] }, DemoAccounts: { demoAccounts: [] } });

    const { router, user } = renderRoute('/app/team');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Ascend' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fapp%2Fteam');
    // Nobody signed in from this browser before, so there is no session to ask the API about.
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('RefreshSession');

    await fill(user, screen.getByLabelText(/^Email/), 'maren@ridgeline.example');
    await fill(user, screen.getByLabelText(/^Password/), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/team');
  });

  it('send people whose session has ended to sign in', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, {
      RefreshSession: () => graphQLError('UNAUTHENTICATED', 'Your session has ended: sign in again'),
      DemoAccounts: { demoAccounts: [] },
    });

    const { router } = renderRoute('/app');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Ascend' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fapp');
    expect(requests(fetchStub).map((r) => r.operationName)).toEqual(['RefreshSession', 'DemoAccounts']);
  });

  it('tell a client that the team page is not for them, without asking the API for it', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'CLIENT')] }) } });

    const { user, router } = renderRoute('/app/team');

    expect(await screen.findByRole('heading', { level: 1, name: 'This page is not open to you' })).toBeInTheDocument();
    expect(screen.getByText(/At Ridgeline Leadership Coaching this page is for owners, admins and coaches; you are a client/)).toBeInTheDocument();
    expect(document.title).toBe('Not allowed · Ascend');
    // The standing banner asks on every workspace page, the refused one included.
    expect(requests(fetchStub).map((r) => r.operationName).filter((name) => name !== 'PracticeStanding')).toEqual(['RefreshSession']);

    // A client's practice home is their portal, and their menu offers only it.
    await user.click(screen.getByRole('link', { name: 'Go to your practice home' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/app/portal'));
    const menu = await screen.findByRole('navigation', { name: 'Ridgeline Leadership Coaching menu' });
    expect(within(menu).getByRole('link', { name: 'Weekly check-in' })).toBeInTheDocument();
    expect(within(menu).queryByRole('link', { name: 'Team' })).not.toBeInTheDocument();
  });

  it('keep coaches out of the audit log', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'COACH')] }) } });

    renderRoute('/app/audit');

    expect(await screen.findByRole('heading', { level: 1, name: 'This page is not open to you' })).toBeInTheDocument();
    expect(screen.getByText(/this page is for owners and admins; you are a coach/)).toBeInTheDocument();
  });

  it('tell a person without a practice what they can do: start one, or wait for an invitation to their address', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData({ memberships: [] }) } });

    const { router, user } = renderRoute('/app/clients');

    expect(await screen.findByRole('heading', { level: 1, name: 'You are not part of a practice yet' })).toBeInTheDocument();
    expect(screen.getByText(/Invitations should be sent to/)).toHaveTextContent('Invitations should be sent to maren@ridgeline.example');
    expect(screen.getByRole('link', { name: 'account page' })).toHaveAttribute('href', '/app/account');
    expect(screen.getByRole('link', { name: 'Account settings' })).toHaveAttribute('href', '/app/account');
    // Not the sign-up page, which sends signed-in people straight back here.
    expect(screen.getByRole('link', { name: 'Start a practice' })).toHaveAttribute('href', '/app/new-practice');

    await user.click(screen.getByRole('link', { name: 'Start a practice' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Start a practice' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/new-practice');
  });

  it('offer a retry when the session could not be checked', async () => {
    rememberSignedIn();
    fetchStub.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const { user } = renderRoute('/app');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not check your session');
    expect(alert).toHaveTextContent('Could not reach Ascend');

    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData() } });
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Maren' })).toBeInTheDocument();
  });
});
