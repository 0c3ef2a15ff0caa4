import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch, type OperationAnswer, type StubbedRequest } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const entry = {
  actorEmail: 'maren@ridgeline.example',
  targetEmail: null,
  actorDeleted: false,
  targetDeleted: false,
  fromRole: null,
  toRole: null,
  ip: '198.51.100.4',
};
const roleChanged = {
  ...entry,
  id: 'e3',
  action: 'ROLE_CHANGED',
  targetEmail: 'jonas@ridgeline.example',
  fromRole: 'COACH',
  toRole: 'ADMIN',
  createdAt: '2026-11-21T15:00:00Z',
};
const invited = { ...entry, id: 'e2', action: 'MEMBER_INVITED', actorEmail: null, targetEmail: 'sam@example.com', toRole: 'COACH', ip: '203.0.113.7', createdAt: '2026-11-21T14:05:00Z' };
const deletedLeft = { ...entry, id: 'e1', action: 'ACCOUNT_DELETED', actorEmail: null, actorDeleted: true, ip: null, createdAt: '2026-11-20T09:00:00Z' };

const page = (events: unknown[], nextCursor: string | null = null) => graphQLAnswer({ auditEvents: { events, nextCursor } });

function renderAudit(path: string, auditEvents: OperationAnswer) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'ADMIN')] }) },
    AuditActions: { auditActions: ['SIGNED_IN', 'ROLE_CHANGED', 'MEMBER_INVITED', 'ACCOUNT_DELETED'] },
    AuditEvents: auditEvents,
  });
  return renderRoute(path);
}

const auditRequests = () => requests(fetchStub).filter((r) => r.operationName === 'AuditEvents');

function entryItem(sentence: string): HTMLElement {
  return screen.getByText(sentence).closest('li') as HTMLElement;
}

describe('audit log', () => {
  it('tells each entry as a sentence with when and from where', async () => {
    renderAudit('/app/audit', () => page([roleChanged, invited, deletedLeft]));

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
    const sentence = "maren@ridgeline.example changed jonas@ridgeline.example's role from Coach to Admin";
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    const changed = entryItem(sentence);
    expect(within(changed).getByText(/IP address 198\.51\.100\.4/)).toBeInTheDocument();
    expect(within(changed).getByText(/2026/).closest('time')).toHaveAttribute('datetime', '2026-11-21T15:00:00Z');
    expect(within(entryItem('Ascend invited sam@example.com as a coach')).getByText(/IP address 203\.0\.113\.7/)).toBeInTheDocument();
    expect(within(entryItem('A deleted person left the practice: their account was deleted')).queryByText(/IP address/)).not.toBeInTheDocument();

    const request = auditRequests()[0];
    expect(request.variables).toEqual({ filter: {}, after: null, first: 50 });
    expect(request.headers).toMatchObject({ 'x-practice-id': ridgeline.practiceId });
    expect(screen.queryByRole('button', { name: 'Show older entries' })).not.toBeInTheDocument();
  });

  it('shows older entries a page at a time', async () => {
    const { user } = renderAudit('/app/audit', (request: StubbedRequest) =>
      request.variables.after === 'cursor-1' ? page([deletedLeft]) : page([roleChanged, invited], 'cursor-1'),
    );

    await user.click(await screen.findByRole('button', { name: 'Show older entries' }));

    expect(await screen.findByText('A deleted person left the practice: their account was deleted')).toBeInTheDocument();
    expect(screen.getByText('Ascend invited sam@example.com as a coach')).toBeInTheDocument();
    expect(auditRequests().map((r) => r.variables.after)).toEqual([null, 'cursor-1']);
    expect(screen.queryByRole('button', { name: 'Show older entries' })).not.toBeInTheDocument();
  });

  it('keeps the entries shown when older ones fail to load', async () => {
    const { user } = renderAudit('/app/audit', (request: StubbedRequest) =>
      request.variables.after ? graphQLError('SERVICE_UNAVAILABLE', 'The audit log is busy; try again in a moment') : page([roleChanged], 'cursor-1'),
    );

    await user.click(await screen.findByRole('button', { name: 'Show older entries' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The older entries did not load: The audit log is busy; try again in a moment');
    expect(screen.getByText(/changed jonas@ridgeline\.example's role/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show older entries' })).toBeEnabled();
  });

  it('filters by action and by person, keeping the filters in the address', async () => {
    const { user, router } = renderAudit('/app/audit', (request: StubbedRequest) =>
      page((request.variables.filter as { action?: string }).action === 'ROLE_CHANGED' ? [roleChanged] : [roleChanged, invited]),
    );

    const actionFilter = await screen.findByRole('combobox', { name: 'Action' });
    await waitFor(() => expect(within(actionFilter).getByRole('option', { name: 'Role changed' })).toBeInTheDocument());
    expect(within(actionFilter).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'All actions',
      'Account deleted',
      'Invitation sent',
      'Role changed',
      'Signed in',
    ]);
    await user.selectOptions(actionFilter, 'ROLE_CHANGED');
    await waitFor(() => expect(screen.queryByText(/invited sam@example\.com/)).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('?action=ROLE_CHANGED');

    await user.type(screen.getByRole('textbox', { name: /Person/ }), 'jonas');
    await waitFor(() => expect(auditRequests().at(-1)?.variables).toEqual({ filter: { action: 'ROLE_CHANGED', person: 'jonas' }, after: null, first: 50 }));
    expect(router.state.location.search).toBe('?action=ROLE_CHANGED&person=jonas');
    // The filter waits for a pause in the typing: no request went out for a part of the word.
    expect(auditRequests().map((r) => r.variables.filter)).toEqual([{}, { action: 'ROLE_CHANGED' }, { action: 'ROLE_CHANGED', person: 'jonas' }]);
  });

  it('opens a shared filtered view as it was, and offers to clear a filter that finds nothing', async () => {
    let answered = 0;
    const { user, router } = renderAudit('/app/audit?action=MEMBER_LEFT&person=nobody', () => (answered++ === 0 ? page([]) : page([invited])));

    expect(await screen.findByText('No entry matches these filters.')).toBeInTheDocument();
    expect(auditRequests()[0].variables).toEqual({ filter: { action: 'MEMBER_LEFT', person: 'nobody' }, after: null, first: 50 });
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue('MEMBER_LEFT');
    expect(screen.getByRole('textbox', { name: /Person/ })).toHaveValue('nobody');

    await user.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(await screen.findByText('Ascend invited sam@example.com as a coach')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('textbox', { name: /Person/ })).toHaveValue('');
  });

  it('says why the log did not load', async () => {
    renderAudit('/app/audit', () => graphQLError('FORBIDDEN', 'Only owners and admins read the audit log'));

    expect(await screen.findByText('The audit log did not load')).toBeInTheDocument();
    expect(screen.getByText('Only owners and admins read the audit log')).toBeInTheDocument();
  });

  it('has no serious accessibility problem', async () => {
    renderAudit('/app/audit', () => page([roleChanged, invited, deletedLeft], 'cursor-1'));
    await screen.findByRole('button', { name: 'Show older entries' });

    // jsdom lays nothing out, so colour contrast is left to the browser journeys.
    const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
