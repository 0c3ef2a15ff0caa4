import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { maren, membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;
const phoneMatchMedia = window.matchMedia;

/** jsdom has no screen: the page asks matchMedia whether it is at least Mantine's `sm` wide. */
function screenIs(width: 'wide' | 'narrow') {
  window.matchMedia = (query: string) => ({ ...phoneMatchMedia(query), matches: width === 'wide' && query.includes('min-width') });
}

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
  screenIs('wide');
});

afterEach(() => {
  window.matchMedia = phoneMatchMedia;
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

const section = (name: 'Members' | 'Invitations') => within(screen.getByRole('region', { name }));

function memberRow(name: string): HTMLElement {
  return section('Members').getByText(name).closest('tr') as HTMLElement;
}

function invitationRow(email: string): HTMLElement {
  return section('Invitations').getByText(email).closest('tr') as HTMLElement;
}

const operations = () => requests(fetchStub).map((r) => r.operationName);

describe('team page', () => {
  it('lists the members and the invitations in words', async () => {
    renderTeam('OWNER');

    expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
    expect(await screen.findByText('Tom Reyes')).toBeInTheDocument();
    const tom = memberRow('Tom Reyes');
    expect(within(tom).getByText('tom@ridgeline.example')).toBeInTheDocument();
    expect(within(tom).getByRole('combobox', { name: 'Role of Tom Reyes' })).toHaveValue('COACH');
    expect(within(tom).getByRole('option', { name: 'Coach' })).toBeInTheDocument();
    expect(within(memberRow('Maren Okafor')).getByText('You')).toBeInTheDocument();
    expect(within(memberRow('Maren Okafor')).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();

    const jo = await waitFor(() => invitationRow('jo@example.com'));
    expect(within(jo).getByText('Client')).toBeInTheDocument();
    expect(within(jo).getByText('Waiting for a reply')).toBeInTheDocument();
    expect(within(jo).getByRole('button', { name: 'Resend the invitation to jo@example.com' })).toBeInTheDocument();
    const tomInvitation = invitationRow('tom@ridgeline.example');
    expect(within(tomInvitation).getByText('Joined')).toBeInTheDocument();
    expect(within(tomInvitation).getByText('2 times')).toBeInTheDocument();
    expect(within(tomInvitation).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText(/PENDING|ACCEPTED|COACH|CLIENT/)).not.toBeInTheDocument();
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

    expect(await screen.findByText('We mailed sam@example.com a link to join Ridgeline Leadership Coaching as a coach. It works for 7 days.')).toBeInTheDocument();
    const invite = requests(fetchStub).find((r) => r.operationName === 'InviteMember');
    expect(invite?.variables).toEqual({ input: { email: 'sam@example.com', role: 'COACH' } });
    expect(invite?.headers).toMatchObject({ authorization: 'Bearer access-1', 'x-practice-id': ridgeline.practiceId });
    expect(await section('Invitations').findByText('sam@example.com')).toBeInTheDocument();
    expect(within(invitationRow('sam@example.com')).getByText('Coach')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveValue('');
  });

  it('says a malformed address is one as it is typed, and sends nothing', async () => {
    const { user } = renderTeam('OWNER');

    await fill(user, await screen.findByLabelText(/^Email/), 'sam@example');
    expect(screen.getByText('Enter an email address such as name@example.com')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(operations()).not.toContain('InviteMember');
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

  it("changes a member's role only once the owner confirms what it gives them", async () => {
    const { user } = renderTeam('OWNER', { ChangeMemberRole: { changeMemberRole: { ...members[1], role: 'ADMIN' } } });
    const tomsRole = () => screen.getByRole('combobox', { name: 'Role of Tom Reyes' });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Role of Tom Reyes' }), 'ADMIN');
    let dialog = await screen.findByRole('dialog', { name: 'Change the role of Tom Reyes?' });
    expect(within(dialog).getByText(/^Tom Reyes becomes an admin: they will be able to invite people to the team, manage billing and sales/)).toBeInTheDocument();
    expect(within(dialog).getByText(/They keep everything else they could do\.$/)).toBeInTheDocument();
    expect(tomsRole()).toHaveValue('ADMIN');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(tomsRole()).toHaveValue('COACH'));
    expect(operations()).not.toContain('ChangeMemberRole');

    await user.selectOptions(tomsRole(), 'ADMIN');
    dialog = await screen.findByRole('dialog', { name: 'Change the role of Tom Reyes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Make them an admin' }));

    expect(requests(fetchStub).find((r) => r.operationName === 'ChangeMemberRole')?.variables).toEqual({ input: { membershipId: 'm2', role: 'ADMIN' } });
    expect(await section('Members').findByText('Tom Reyes is now an admin.')).toBeInTheDocument();
    expect(tomsRole()).toHaveValue('ADMIN');
  });

  it('says what a demotion takes away, and puts the role back when the server refuses', async () => {
    const { user } = renderTeam('OWNER', {
      ChangeMemberRole: () =>
        graphQLError('CONFLICT', 'A practice keeps at least one owner: make someone else owner first', [
          { field: 'input.role', message: 'would leave the practice without an owner' },
        ]),
    });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Role of Maren Okafor' }), 'COACH');
    const dialog = await screen.findByRole('dialog', { name: 'Change your own role to coach?' });
    expect(within(dialog).getByText(/^You become a coach\. You will no longer be able to change roles and remove members, invite people to the team/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Only another owner can make you an owner again\.$/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Become a coach' }));

    expect(await section('Members').findByText('A practice keeps at least one owner: make someone else owner first')).toBeInTheDocument();
    expect(section('Members').getByText('That change was not made')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Role of Maren Okafor' })).toHaveValue('OWNER'));
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
    expect(within(dialog).getByText(/loses access to Ridgeline Leadership Coaching at once: they will no longer be able to see the team/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(operations()).not.toContain('RemoveMember');

    await user.click(screen.getByRole('button', { name: 'Remove Tom Reyes' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove from the practice' }));

    expect(requests(fetchStub).find((r) => r.operationName === 'RemoveMember')?.variables).toEqual({ membershipId: 'm2' });
    expect(await section('Members').findByText('Tom Reyes no longer has access to Ridgeline Leadership Coaching.')).toBeInTheDocument();
    await waitFor(() => expect(section('Members').queryByRole('cell', { name: /Tom Reyes/ })).not.toBeInTheDocument());
    expect(section('Members').getByText('Maren Okafor')).toBeInTheDocument();
  });

  it('resends at once, revokes after confirmation, and shows one message at a time', async () => {
    const { user } = renderTeam('OWNER', {
      ResendInvitation: { resendInvitation: { ...invitation, sentCount: 2 } },
      RevokeInvitation: { revokeInvitation: { ...invitation, sentCount: 2, status: 'REVOKED' } },
    });

    await user.click(await screen.findByRole('button', { name: 'Resend the invitation to jo@example.com' }));
    expect(await section('Invitations').findByText('We mailed jo@example.com a new link; the earlier one no longer works.')).toBeInTheDocument();
    expect(within(invitationRow('jo@example.com')).getByText('2 times')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Revoke the invitation to jo@example.com' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke the invitation to jo@example.com?' });
    expect(within(dialog).getByText('The link in their mail stops working at once; you can invite them again later.')).toBeInTheDocument();
    expect(operations()).not.toContain('RevokeInvitation');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke the invitation' }));

    expect(await within(invitationRow('jo@example.com')).findByText('Revoked')).toBeInTheDocument();
    expect(within(invitationRow('jo@example.com')).queryByRole('button')).not.toBeInTheDocument();
    const notice = section('Invitations').getByRole('status');
    expect(within(notice).getByText('Invitation revoked')).toBeInTheDocument();
    expect(within(notice).queryByText(/a new link/)).not.toBeInTheDocument();
    expect(requests(fetchStub).filter((r) => /Invitation$/.test(r.operationName)).map((r) => [r.operationName, r.variables])).toEqual([
      ['ResendInvitation', { id: 'i1' }],
      ['RevokeInvitation', { id: 'i1' }],
    ]);
  });

  it('shows members and invitations as cards on a phone', async () => {
    screenIs('narrow');
    renderTeam('OWNER');

    const tom = (await within(await screen.findByRole('region', { name: 'Members' })).findByText('Tom Reyes')).closest('li') as HTMLElement;
    expect(section('Members').queryByRole('table')).not.toBeInTheDocument();
    expect(within(tom).getByText('tom@ridgeline.example')).toBeInTheDocument();
    expect(within(tom).getByRole('combobox', { name: 'Role of Tom Reyes' })).toHaveValue('COACH');
    expect(within(tom).getByRole('button', { name: 'Remove Tom Reyes' })).toBeInTheDocument();

    const jo = (await section('Invitations').findByText('jo@example.com')).closest('li') as HTMLElement;
    expect(section('Invitations').queryByRole('table')).not.toBeInTheDocument();
    expect(within(jo).getByText('Invited as a client')).toBeInTheDocument();
    expect(within(jo).getByText('Waiting for a reply')).toBeInTheDocument();
    expect(within(jo).getByText(/Sent once · by Maren Okafor · expires/)).toBeInTheDocument();
    expect(within(jo).getByRole('button', { name: 'Revoke the invitation to jo@example.com' })).toBeInTheDocument();
  });

  it('shows coaches the members only', async () => {
    renderTeam('COACH');

    expect(await screen.findByText('Tom Reyes')).toBeInTheDocument();
    expect(within(memberRow('Tom Reyes')).getByText('Coach')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Invite someone' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Invitations' })).not.toBeInTheDocument();
    expect(operations()).not.toContain('Invitations');
  });

  it.each(['wide', 'narrow'] as const)('has no serious accessibility problem on a %s screen, dialog open', async (width) => {
    screenIs(width);
    const { user } = renderTeam('OWNER');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Role of Tom Reyes' }), 'ADMIN');
    await screen.findByRole('dialog');
    await screen.findByText('jo@example.com');

    // jsdom lays nothing out, so colour contrast is left to the browser journeys.
    const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
