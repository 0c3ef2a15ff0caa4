import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { maren, membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const members = [
  { membershipId: 'm1', userId: maren.id, name: 'Maren Okafor', email: maren.email, role: 'OWNER', joinedAt: '2026-01-05T10:00:00Z' },
  { membershipId: 'm2', userId: 'u-tom', name: 'Tom Reyes', email: 'tom@ridgeline.example', role: 'COACH', joinedAt: '2026-02-01T10:00:00Z' },
];

const invitation = {
  id: 'i1',
  email: 'jo@example.com',
  role: 'CLIENT',
  status: 'PENDING',
  expiresAt: '2026-12-01T10:00:00Z',
  invitedByName: 'Maren Okafor',
  sentCount: 1,
  createdAt: '2026-11-24T10:00:00Z',
};
const accepted = { ...invitation, id: 'i0', email: 'tom@ridgeline.example', role: 'COACH', status: 'ACCEPTED', sentCount: 2 };

function renderTeam(role: 'OWNER' | 'ADMIN' | 'COACH', answers: Record<string, OperationAnswer> = {}) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, role)] }) },
    Team: { team: members },
    Invitations: { invitations: [invitation, accepted] },
    ...answers,
  });
  return renderRoute('/app/team');
}

function memberRow(name: string): HTMLElement {
  return within(screen.getByRole('region', { name: 'Members' })).getByText(name).closest('tr') as HTMLElement;
}

describe('team page', () => {
  it('lists the members and the invitations', async () => {
    renderTeam('OWNER');

    expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
    expect(await screen.findByText('Tom Reyes')).toBeInTheDocument();
    const tom = memberRow('Tom Reyes');
    expect(within(tom).getByText('tom@ridgeline.example')).toBeInTheDocument();
    expect(within(tom).getByRole('combobox', { name: 'Role of Tom Reyes' })).toHaveValue('COACH');
    expect(within(memberRow('Maren Okafor')).getByText('You')).toBeInTheDocument();
    expect(within(memberRow('Maren Okafor')).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();

    const invitations = within(screen.getByRole('region', { name: 'Invitations' }));
    const jo = invitations.getByText('jo@example.com').closest('tr') as HTMLElement;
    expect(within(jo).getByText('Client')).toBeInTheDocument();
    expect(within(jo).getByText('Pending')).toBeInTheDocument();
    expect(within(jo).getByRole('button', { name: 'Resend the invitation to jo@example.com' })).toBeInTheDocument();
    const tomInvitation = invitations.getByText('tom@ridgeline.example').closest('tr') as HTMLElement;
    expect(within(tomInvitation).getByText('Accepted')).toBeInTheDocument();
    expect(within(tomInvitation).getByText('2 times')).toBeInTheDocument();
    expect(within(tomInvitation).queryByRole('button')).not.toBeInTheDocument();
  });

  it('sends an invitation and shows it in the list', async () => {
    const newInvitation = { ...invitation, id: 'i2', email: 'sam@example.com', role: 'COACH' };
    let invited = false;
    const { user } = renderTeam('OWNER', {
      Invitations: () => graphQLAnswer({ invitations: invited ? [newInvitation, invitation, accepted] : [invitation, accepted] }),
      InviteMember: () => {
        invited = true;
        return graphQLAnswer({ inviteMember: newInvitation });
      },
    });

    await fill(user, await screen.findByLabelText(/^Email/), 'sam@example.com');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'COACH');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByText(/We mailed sam@example.com a link to join Ridgeline Leadership Coaching as coach/)).toBeInTheDocument();
    const invite = requests(fetchStub).find((r) => r.operationName === 'InviteMember');
    expect(invite?.variables).toEqual({ input: { email: 'sam@example.com', role: 'COACH' } });
    expect(invite?.headers).toMatchObject({ authorization: 'Bearer access-1', 'x-practice-id': ridgeline.practiceId });
    expect(await within(screen.getByRole('region', { name: 'Invitations' })).findByText('sam@example.com')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveValue('');
  });

  it('shows a refused invitation under the email, keeping it', async () => {
    const { user } = renderTeam('ADMIN', {
      InviteMember: () =>
        graphQLError('CONFLICT', 'tom@ridgeline.example is already a member of this practice', [{ field: 'input.email', message: 'is already a member' }]),
    });

    await fill(user, await screen.findByLabelText(/^Email/), 'tom@ridgeline.example');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByText('Is already a member')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveValue('tom@ridgeline.example');
    // Admins may not hand out ownership, so it is not offered.
    expect(within(screen.getByRole('combobox', { name: 'Role' })).queryByRole('option', { name: 'Owner' })).not.toBeInTheDocument();
    // Only owners change roles or remove people.
    expect(screen.queryByRole('combobox', { name: 'Role of Tom Reyes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove Tom Reyes' })).not.toBeInTheDocument();
  });

  it("changes a member's role", async () => {
    const { user } = renderTeam('OWNER', { ChangeMemberRole: { changeMemberRole: { ...members[1], role: 'ADMIN' } } });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Role of Tom Reyes' }), 'ADMIN');

    expect(requests(fetchStub).find((r) => r.operationName === 'ChangeMemberRole')?.variables).toEqual({ input: { membershipId: 'm2', role: 'ADMIN' } });
    expect(await screen.findByRole('combobox', { name: 'Role of Tom Reyes' })).toHaveValue('ADMIN');
  });

  it('removes a member only after confirmation', async () => {
    let removed = false;
    const { user } = renderTeam('OWNER', {
      Team: () => graphQLAnswer({ team: removed ? members.slice(0, 1) : members }),
      RemoveMember: () => {
        removed = true;
        return graphQLAnswer({ removeMember: true });
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Remove Tom Reyes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Tom Reyes?' });
    expect(within(dialog).getByText(/loses access to Ridgeline Leadership Coaching at once/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('RemoveMember');

    await user.click(screen.getByRole('button', { name: 'Remove Tom Reyes' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove from the practice' }));

    expect(requests(fetchStub).find((r) => r.operationName === 'RemoveMember')?.variables).toEqual({ membershipId: 'm2' });
    const memberList = within(screen.getByRole('region', { name: 'Members' }));
    await waitFor(() => expect(memberList.queryByText('Tom Reyes')).not.toBeInTheDocument());
    expect(memberList.getByText('Maren Okafor')).toBeInTheDocument();
  });

  it('resends and revokes invitations', async () => {
    const { user } = renderTeam('OWNER', {
      ResendInvitation: { resendInvitation: { ...invitation, sentCount: 2 } },
      RevokeInvitation: { revokeInvitation: { ...invitation, sentCount: 2, status: 'REVOKED' } },
    });

    await user.click(await screen.findByRole('button', { name: 'Resend the invitation to jo@example.com' }));
    expect(await screen.findByText(/We mailed jo@example.com a new link/)).toBeInTheDocument();
    const jo = () => within(screen.getByRole('region', { name: 'Invitations' })).getByText('jo@example.com').closest('tr') as HTMLElement;
    expect(within(jo()).getByText('2 times')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Revoke the invitation to jo@example.com' }));
    expect(await within(jo()).findByText('Revoked')).toBeInTheDocument();
    expect(within(jo()).queryByRole('button')).not.toBeInTheDocument();
    expect(requests(fetchStub).filter((r) => /Invitation$/.test(r.operationName)).map((r) => [r.operationName, r.variables])).toEqual([
      ['ResendInvitation', { id: 'i1' }],
      ['RevokeInvitation', { id: 'i1' }],
    ]);
  });

  it('shows coaches the members only', async () => {
    renderTeam('COACH');

    expect(await screen.findByText('Tom Reyes')).toBeInTheDocument();
    expect(within(memberRow('Tom Reyes')).getByText('Coach')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Invite someone' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Invitations' })).not.toBeInTheDocument();
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('Invitations');
  });
});

