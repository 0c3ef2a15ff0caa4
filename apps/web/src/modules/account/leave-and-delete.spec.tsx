import { isPrivateKey } from '@ascend/web/data-access';
import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { harbour, maren, membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { SIGNED_IN_HINT } from '../auth/session-store';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

const account = { ...maren, pendingEmail: null };
const both = [membership(ridgeline, 'OWNER'), membership(harbour, 'COACH')];
const LAST_OWNER = 'You are the last owner of Ridgeline Leadership Coaching: make someone else owner first (Team page), for example Tom Reyes.';

async function openAccountPage(memberships: ReturnType<typeof membership>[], answers: Record<string, OperationAnswer>) {
  rememberSignedIn();
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships }) },
    AccountSettings: { viewer: { account, memberships } },
    ...answers,
  });
  const view = renderRoute('/app/account');
  await screen.findByRole('heading', { level: 2, name: 'Your practices' });
  return view;
}

function practices() {
  return within(screen.getByRole('region', { name: 'Your practices' }));
}

describe('leaving a practice', () => {
  it('lists each practice with its role, and leaves one only after a confirmation saying what is lost', async () => {
    let left = false;
    const { user } = await openAccountPage(both, {
      AccountSettings: () => graphQLAnswer({ viewer: { account, memberships: left ? [membership(ridgeline, 'OWNER')] : both } }),
      LeavePractice: () => {
        left = true;
        return graphQLAnswer({ leavePractice: true });
      },
    });

    const rows = practices().getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual(['Ridgeline Leadership CoachingOwnerLeave', 'Harbour CoachingCoachLeave']);

    await user.click(practices().getByRole('button', { name: 'Leave Harbour Coaching' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Leave Harbour Coaching?' }));
    expect(dialog.getByText(/You will lose access to Harbour Coaching at once/)).toHaveTextContent(
      'You will lose access to Harbour Coaching at once: your clients there, their notes, check-ins and masterclasses. You are a coach there now.',
    );
    await user.click(dialog.getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('LeavePractice');

    await user.click(practices().getByRole('button', { name: 'Leave Harbour Coaching' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave Harbour Coaching?' })).getByRole('button', { name: 'Leave the practice' }));

    expect(await practices().findByRole('status')).toHaveTextContent('You left Harbour Coaching');
    expect(practices().queryByText('Harbour Coaching')).not.toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'LeavePractice')?.variables).toEqual({ practiceId: harbour.practiceId });
    // One practice left: the header has no switcher any more, and the page stays.
    expect(screen.queryByRole('button', { name: /Switch practice/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Account settings' })).toBeInTheDocument();
  });

  it("tells the last owner whom to promote, beside that practice, with a way to its Team page", async () => {
    const { user, router } = await openAccountPage(both, {
      LeavePractice: () => graphQLError('CONFLICT', LAST_OWNER, [{ field: 'practiceId', message: 'is a practice you are the last owner of' }]),
      Team: { team: [] },
      Invitations: { invitations: [] },
    });
    // Work in Harbour first: the Team link must switch to the practice it is about.
    await user.click(screen.getByRole('button', { name: /Switch practice/ }));
    await user.click(await screen.findByRole('menuitem', { name: /Harbour Coaching/ }));

    await user.click(practices().getByRole('button', { name: 'Leave Ridgeline Leadership Coaching' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave Ridgeline Leadership Coaching?' })).getByRole('button', { name: 'Leave the practice' }));

    const ridgelineRow = within(practices().getAllByRole('listitem')[0]);
    const refusal = await ridgelineRow.findByRole('alert');
    expect(refusal).toHaveTextContent('You are still a member of Ridgeline Leadership Coaching');
    expect(refusal).toHaveTextContent(LAST_OWNER);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(practices().getAllByRole('listitem')[1]).queryByRole('alert')).not.toBeInTheDocument();

    await user.click(within(refusal).getByRole('link', { name: 'Open the Team page of Ridgeline Leadership Coaching' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/team');
    expect(screen.getByRole('button', { name: /^Practice: Ridgeline Leadership Coaching/ })).toBeInTheDocument();
  });

  it('brings a person who left their only practice to the page that says what they can do now', async () => {
    let left = false;
    const { router, user, queryClient } = await openAccountPage([membership(ridgeline, 'COACH')], {
      AccountSettings: () => graphQLAnswer({ viewer: { account, memberships: left ? [] : [membership(ridgeline, 'COACH')] } }),
      LeavePractice: () => {
        left = true;
        return graphQLAnswer({ leavePractice: true });
      },
    });

    await user.click(practices().getByRole('button', { name: 'Leave Ridgeline Leadership Coaching' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave the practice' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'You are not part of a practice yet' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
    expect(queryClient.getQueryCache().findAll({ queryKey: [ridgeline.practiceId] })).toEqual([]);
  });
});

describe('deleting the account', () => {
  it('asks for the password and shows a wrong one under its field', async () => {
    const { user } = await openAccountPage(both, {
      DeleteMyAccount: () =>
        graphQLError('UNAUTHENTICATED', 'Invalid input: input.password is not your password', [{ field: 'input.password', message: 'is not your password' }]),
    });

    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete your account?' }));
    await user.click(dialog.getByRole('button', { name: 'Delete my account for good' }));
    expect(dialog.getByLabelText(/^Your password/)).toHaveAccessibleDescription('Enter your password');
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('DeleteMyAccount');

    await fill(user, dialog.getByLabelText(/^Your password/), 'not my password');
    await user.click(dialog.getByRole('button', { name: 'Delete my account for good' }));

    expect(await dialog.findByText('Is not your password')).toBeInTheDocument();
    expect(localStorage.getItem(SIGNED_IN_HINT)).toBe('1');
  });

  it('is refused while the person is the last owner of a practice, naming it', async () => {
    const refusal = 'You are the last owner of Ridgeline Leadership Coaching: make someone else owner there first, or leave nobody behind.';
    const { user } = await openAccountPage(both, {
      DeleteMyAccount: () => graphQLError('CONFLICT', refusal, [{ field: 'practices', message: 'Ridgeline Leadership Coaching' }]),
    });

    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete your account?' }));
    await fill(user, dialog.getByLabelText(/^Your password/), 'a long enough passphrase');
    await user.click(dialog.getByRole('button', { name: 'Delete my account for good' }));

    const alert = await dialog.findByRole('alert');
    expect(alert).toHaveTextContent('Your account was not deleted');
    expect(alert).toHaveTextContent(refusal);
    expect(screen.getByRole('button', { name: 'Account menu of Maren Okafor' })).toBeInTheDocument();
  });

  it('signs out here and lands on the home page saying the account was deleted', async () => {
    const { user, router, queryClient } = await openAccountPage(both, { DeleteMyAccount: { deleteMyAccount: true } });

    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete your account?' }));
    await fill(user, dialog.getByLabelText(/^Your password/), 'a long enough passphrase');
    await user.click(dialog.getByRole('button', { name: 'Delete my account for good' }));

    const notice = (await screen.findByText('Your account was deleted')).closest<HTMLElement>('[role="status"]');
    expect(notice).toHaveTextContent('Your sign-in, sessions and memberships are gone.');
    expect(router.state.location.pathname).toBe('/');
    expect(await within(screen.getByRole('banner')).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(localStorage.getItem(SIGNED_IN_HINT)).toBeNull();
    expect(requests(fetchStub).find((r) => r.operationName === 'DeleteMyAccount')?.variables).toEqual({ input: { password: 'a long enough passphrase' } });
    // The API ended the session with the account: there is nothing to sign out of.
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('SignOut');
    expect(queryClient.getQueryCache().findAll().filter((query) => isPrivateKey(query.queryKey))).toEqual([]);

    await user.click(within(notice!).getByRole('button', { name: 'Dismiss this message' }));
    expect(screen.queryByText('Your account was deleted')).not.toBeInTheDocument();
  });
});
