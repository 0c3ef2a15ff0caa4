import { screen, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { harbour, maren, membership, ridgeline, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

const link = `/invitations/accept?practice=${ridgeline.practiceId}&token=invite-token`;
const jonas = { id: 'u-jonas', email: 'jonas@example.com', name: 'Jonas Whitfield', emailVerified: true, isOperator: false };
const preview = { practiceName: ridgeline.practiceName, email: 'jonas@example.com', role: 'COACH', accountExists: false };

describe('accepting an invitation', () => {
  it('creates the account, signs in and opens the practice', async () => {
    answerOperations(fetchStub, {
      InvitationPreview: { invitationPreview: preview },
      AcceptInvitation: { acceptInvitation: sessionData({ account: jonas, memberships: [membership(harbour, 'OWNER'), membership(ridgeline, 'COACH')] }) },
    });
    const { router, user } = renderRoute(link);

    expect(await screen.findByRole('heading', { level: 1, name: 'Join Ridgeline Leadership Coaching' })).toBeInTheDocument();
    expect(screen.getByText('Coach')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('jonas@example.com');
    expect(requests(fetchStub)[0].variables).toEqual({ practiceId: ridgeline.practiceId, token: 'invite-token' });

    await fill(user, screen.getByLabelText(/^Your name/), 'Jonas Whitfield');
    await fill(user, screen.getByLabelText(/^Choose a password/), 'steady rivers run deep');
    await user.click(screen.getByRole('button', { name: 'Accept and join' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Jonas' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
    // The practice just joined is the one opened, though another comes first.
    expect(screen.getByLabelText('Your role: Coach')).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'AcceptInvitation')?.variables).toEqual({
      input: { practiceId: ridgeline.practiceId, token: 'invite-token', name: 'Jonas Whitfield', password: 'steady rivers run deep' },
    });
  });

  it("says why a suspended practice's invitation cannot be accepted, with no Retry that could not help", async () => {
    const suspended = 'This practice is suspended by Ascend: its workspace and public pages are closed until it is reactivated. Nothing has been deleted; contact Ascend support.';
    answerOperations(fetchStub, { InvitationPreview: () => graphQLError('FORBIDDEN', suspended) });
    renderRoute(link);

    expect(await screen.findByText(suspended)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept and join' })).not.toBeInTheDocument();
  });

  it('asks only for the password when the email already has an account, and shows a wrong one under the field', async () => {
    answerOperations(fetchStub, {
      InvitationPreview: { invitationPreview: { ...preview, email: maren.email, accountExists: true } },
      AcceptInvitation: () =>
        graphQLError('UNAUTHENTICATED', 'That is not the password of your existing account', [{ field: 'input.password', message: 'is not the password of your account' }]),
    });
    const { user } = renderRoute(link);

    await fill(user, await screen.findByLabelText(/^Password/), 'not quite right');
    expect(screen.queryByLabelText(/^Your name/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accept and join' }));

    expect(await screen.findByText('Is not the password of your account')).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'AcceptInvitation')?.variables).toEqual({
      input: { practiceId: ridgeline.practiceId, token: 'invite-token', password: 'not quite right' },
    });
  });

  it('says at once when the invitation is no longer valid, with the next steps and nothing to fill in', async () => {
    answerOperations(fetchStub, { InvitationPreview: { invitationPreview: null } });

    const { router, user } = renderRoute(link);

    expect(await screen.findByRole('heading', { level: 1, name: 'This invitation is no longer valid' })).toBeInTheDocument();
    expect(screen.getByText(/ask the person who invited you to send a new one/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' }));
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('says as they are typed that a name is too long and a new password too short, and sends nothing', async () => {
    answerOperations(fetchStub, { InvitationPreview: { invitationPreview: preview } });
    const { user } = renderRoute(link);

    await fill(user, await screen.findByLabelText(/^Your name/), 'J'.repeat(121));
    await fill(user, screen.getByLabelText(/^Choose a password/), 'too short');

    expect(screen.getByLabelText(/^Your name/)).toHaveAccessibleDescription('Your name can be at most 120 characters (it has 121)');
    expect(screen.getByLabelText(/^Choose a password/)).toHaveAccessibleDescription(expect.stringContaining('The password needs at least 10 characters (it has 9)'));
    await user.click(screen.getByRole('button', { name: 'Accept and join' }));
    expect(requests(fetchStub).map((r) => r.operationName)).toEqual(['InvitationPreview']);
  });

  it('leaves the password of an existing account to the API, however short', async () => {
    answerOperations(fetchStub, {
      InvitationPreview: { invitationPreview: { ...preview, email: maren.email, accountExists: true } },
      AcceptInvitation: { acceptInvitation: sessionData({ memberships: [membership(harbour, 'OWNER'), membership(ridgeline, 'COACH')] }) },
    });
    const { router, user } = renderRoute(link);

    await fill(user, await screen.findByLabelText(/^Password/), 'old-pass');
    expect(screen.getByLabelText(/^Password/)).not.toHaveAccessibleDescription();
    await user.click(screen.getByRole('button', { name: 'Accept and join' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Maren' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
  });

  it('offers Retry when the invitation could not be loaded', async () => {
    let previews = 0;
    answerOperations(fetchStub, {
      InvitationPreview: () => (++previews === 1 ? new Response('', { status: 503, statusText: 'Service Unavailable' }) : graphQLAnswer({ invitationPreview: preview })),
    });
    const { user } = renderRoute(link);

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not load your invitation');
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Join Ridgeline Leadership Coaching' })).toBeInTheDocument();
  });

  it('treats a malformed link as an invalid invitation', async () => {
    answerOperations(fetchStub, {
      InvitationPreview: () => graphQLError('BAD_USER_INPUT', 'Invalid input: practiceId must be an id', [{ field: 'practiceId', message: 'must be an id' }]),
    });

    renderRoute('/invitations/accept?practice=b7a1c3c0&token=invite-token');

    expect(await screen.findByRole('heading', { level: 1, name: 'This invitation is no longer valid' })).toBeInTheDocument();
  });

  it('says so when the link lacks the practice or the token', () => {
    renderRoute('/invitations/accept?token=invite-token');

    expect(screen.getByRole('heading', { level: 1, name: 'This invitation link is incomplete' })).toBeInTheDocument();
    expect(fetchStub).not.toHaveBeenCalled();
  });
});
