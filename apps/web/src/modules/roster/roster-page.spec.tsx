import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const client = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  email: `${name.split(' ')[0].toLowerCase()}@example.com`,
  status: 'ACTIVE',
  tags: [],
  startedOn: '2026-01-05',
  checkInDay: 5,
  timeZone: 'Europe/London',
  source: 'ROSTER',
  hasAccount: true,
  invitationPending: false,
  coach: { id: 'u-tom', name: 'Tom Reyes' },
  ...extra,
});

const ann = client('c1', 'Ann Lee', { tags: ['vip'] });
const priya = client('c2', 'Priya Raman', { status: 'LEAD', hasAccount: false, coach: null, source: 'APPLICATION' });
const team = [
  { membershipId: 'm1', userId: 'u-maren', name: 'Maren Okafor', email: 'maren@example.com', role: 'OWNER', joinedAt: '2026-01-01T00:00:00Z' },
  { membershipId: 'm2', userId: 'u-tom', name: 'Tom Reyes', email: 'tom@example.com', role: 'COACH', joinedAt: '2026-01-01T00:00:00Z' },
];

const page = (nodes: unknown[], totalCount = nodes.length, endCursor: string | null = null) => ({
  clients: { totalCount, pageInfo: { hasNextPage: endCursor !== null, endCursor }, nodes },
});

function renderRoster(role: 'OWNER' | 'COACH', answers: Record<string, OperationAnswer>) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, role)] }) },
    Team: { team },
    ...answers,
  });
  return renderRoute('/app/clients');
}

const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr') as HTMLElement;

describe('the roster page', () => {
  it('lists clients with status, coach and tags, each linking to its page, and loads more with the cursor', async () => {
    const { user } = renderRoster('OWNER', {
      RosterPage: (request) => graphQLAnswer(request.variables.after === 'cursor-1' ? page([priya], 2) : page([ann], 2, 'cursor-1')),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Clients' })).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Ann Lee' });
    const row = rowOf('Ann Lee');
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).getByText('Tom Reyes')).toBeInTheDocument();
    expect(within(row).getByText('vip')).toBeInTheDocument();
    expect(within(row).getByText('Friday')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ann Lee' })).toHaveAttribute('href', '/app/clients/c1');
    expect(screen.getByText('Showing 1 of 2 clients')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Priya Raman' })).toBeInTheDocument();
    expect(within(rowOf('Priya Raman')).getByText('Lead')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(requests(fetchStub).filter((r) => r.operationName === 'RosterPage').map((r) => r.variables.after)).toEqual([null, 'cursor-1']);
  });

  it('filters and sorts through the API', async () => {
    const { user } = renderRoster('OWNER', { RosterPage: page([ann]) });

    await screen.findByRole('link', { name: 'Ann Lee' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'PAUSED');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Coach' }), 'u-tom');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'STATUS:ASC');
    await fill(user, screen.getByRole('textbox', { name: 'Search' }), 'ann');

    await waitFor(() =>
      expect(requests(fetchStub).filter((r) => r.operationName === 'RosterPage').at(-1)?.variables).toEqual({
        filter: { search: 'ann', status: 'PAUSED', coachUserId: 'u-tom' },
        sort: { field: 'STATUS', direction: 'ASC' },
        first: 25,
        after: null,
      }),
    );
  });

  it('says what to do when the roster is empty', async () => {
    renderRoster('OWNER', { RosterPage: page([]) });

    expect(await screen.findByRole('heading', { level: 1, name: 'No clients yet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a client' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import a CSV' })).toHaveAttribute('href', '/app/clients/import');
    expect(screen.getByRole('link', { name: /\/p\/ridgeline\/apply$/ })).toBeInTheDocument();
  });

  it('adds a client with an invitation, showing a refused address under its field', async () => {
    let attempts = 0;
    const { user } = renderRoster('OWNER', {
      RosterPage: page([ann]),
      AddClient: (request) => {
        attempts += 1;
        if (attempts === 1) return graphQLError('CONFLICT', 'ann@example.com is already on the roster', [{ field: 'input.email', message: 'is already on the roster' }]);
        return graphQLAnswer({ addClient: client('c3', 'Sam Hill', { ...(request.variables.input as object), hasAccount: false, invitationPending: true }) });
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Add client' }));
    await fill(user, screen.getByRole('textbox', { name: /^Name/ }), 'Sam Hill');
    await fill(user, screen.getByRole('textbox', { name: /^Email/ }), 'ann@example.com');
    await user.click(screen.getByRole('checkbox', { name: /Send a client invitation now/ }));
    const form = screen.getByRole('region', { name: 'Add a client' });
    await user.click(within(form).getByRole('button', { name: 'Add client' }));
    expect(await screen.findByText('Is already on the roster')).toBeInTheDocument();

    await fill(user, screen.getByRole('textbox', { name: /^Email/ }), 'sam@example.com');
    await user.click(within(form).getByRole('button', { name: 'Add client' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Add a client' })).not.toBeInTheDocument());
    expect(requests(fetchStub).filter((r) => r.operationName === 'AddClient').at(-1)?.variables).toEqual({
      input: { name: 'Sam Hill', email: 'sam@example.com', status: 'ACTIVE', tags: [], invite: true },
    });
  });

  it('invites a lead in one step, and edits a client', async () => {
    const { user } = renderRoster('OWNER', {
      RosterPage: page([ann, priya]),
      InviteClient: { inviteClient: { ...priya, invitationPending: true } },
      UpdateClient: (request) => graphQLAnswer({ updateClient: { ...ann, ...(request.variables.input as object) } }),
    });

    await user.click(await screen.findByRole('button', { name: 'Invite Priya Raman as a client' }));
    expect(requests(fetchStub).find((r) => r.operationName === 'InviteClient')?.variables).toEqual({ clientId: 'c2' });
    expect(screen.queryByRole('button', { name: 'Invite Ann Lee as a client' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit Ann Lee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Ann Lee' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'PAUSED');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Check-in day' }), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests(fetchStub).find((r) => r.operationName === 'UpdateClient')?.variables).toEqual({
      input: { clientId: 'c1', status: 'PAUSED', tags: ['vip'], checkInDay: 1, timeZone: 'Europe/London', coachUserId: 'u-tom' },
    });
  });

  it('shows a coach their own clients, without coach filter, coach choice or invitations', async () => {
    renderRoster('COACH', { RosterPage: page([ann, priya]) });

    expect(await screen.findByText('The clients you coach.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Coach' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Invite/ })).not.toBeInTheDocument();
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('Team');
  });
});
