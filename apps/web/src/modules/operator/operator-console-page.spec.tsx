import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { maren, rememberSignedIn, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const operator = { ...maren, isOperator: true };
const owner = { ...maren, isOperator: false };

const practice = (overrides: Record<string, unknown>) => ({
  createdAt: '2026-01-10T09:00:00Z',
  plan: 'STARTER',
  status: 'NONE',
  trialEndsAt: null,
  mrrCents: 0,
  suspended: false,
  suspendedReason: null,
  coaches: 1,
  activeClients: 0,
  subscribers: 0,
  emailsThisMonth: 0,
  ...overrides,
});
const ridgeline = practice({ id: 'p-ridgeline', slug: 'ridgeline', name: 'Ridgeline Leadership Coaching', plan: 'PRACTICE', status: 'ACTIVE', mrrCents: 12_900, coaches: 3, activeClients: 41, subscribers: 1_250, emailsThisMonth: 3_400 });
const harbour = practice({ id: 'p-harbour', slug: 'harbour', name: 'Harbour Coaching', plan: 'SOLO', status: 'TRIALING', trialEndsAt: '2026-12-05T00:00:00Z' });
const closed = practice({ id: 'p-closed', slug: 'closed-door', name: 'Closed Door Coaching', suspended: true, suspendedReason: 'Chargebacks under review' });

const history = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}-01`, mrrCents: i * 10_000, payingPractices: i }));
const totals = (periodDays: number, churnRate: number) => ({
  mrrCents: 1_720_000,
  activePractices: 2,
  payingPractices: 1,
  trialingPractices: 1,
  suspendedPractices: 1,
  churnedPractices: periodDays === 30 ? 1 : 4,
  churnRate,
  periodDays,
  mrrHistory: history,
});

function answerConsole(extra: Record<string, Parameters<typeof answerOperations>[1][string]> = {}) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ account: operator }) },
    OperatorPractices: { operatorPractices: [ridgeline, harbour, closed] },
    OperatorTotals: (request) => graphQLAnswer({ operatorTotals: request.variables.days === 90 ? totals(90, 0.25) : totals(30, 0.125) }),
    OperatorAudit: {
      operatorAudit: [
        { id: 'a1', action: 'PRACTICE_SUSPENDED', actorEmail: 'ops@ascend.example', practiceId: 'p-closed', practiceName: 'Closed Door Coaching', detail: '{"reason":"Chargebacks under review"}', createdAt: '2026-11-20T10:00:00Z' },
      ],
    },
    BillingAlerts: {
      billingAlerts: [{ eventId: 'evt_123', type: 'invoice.paid', outcome: 'UNKNOWN_CUSTOMER', error: 'No practice has the customer cus_9', receivedAt: '2026-11-21T08:00:00Z' }],
    },
    ...extra,
  });
}

const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr') as HTMLElement;

describe('operator console', () => {
  it('shows the totals, the MRR chart, every practice, the audit and the billing alerts', async () => {
    answerConsole();

    renderRoute('/operator');

    expect(await screen.findByRole('heading', { level: 1, name: 'Operator console' })).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'MRR' })).toHaveTextContent('$17,200');
    expect(screen.getByRole('group', { name: 'Churn' })).toHaveTextContent('12.5%');
    expect(screen.getByRole('group', { name: 'Churn' })).toHaveTextContent('1 ended in the last 30 days');
    expect(screen.getByRole('group', { name: 'Suspended' })).toHaveTextContent('1');
    expect(screen.getByRole('img', { name: /^Monthly recurring revenue over the last 12 months: Jan 2026 \$0, Feb 2026 \$100,/ })).toBeInTheDocument();

    await screen.findByRole('link', { name: 'Ridgeline Leadership Coaching' });
    const row = within(rowOf('Ridgeline Leadership Coaching'));
    expect(screen.getByRole('link', { name: 'Ridgeline Leadership Coaching' })).toHaveAttribute('href', '/p/ridgeline');
    expect(row.getByText('Practice')).toBeInTheDocument();
    expect(row.getByText('Active')).toBeInTheDocument();
    expect(row.getByText('$129')).toBeInTheDocument();
    expect(row.getByText(/41 active clients/)).toBeInTheDocument();
    expect(row.getByText(/3,400 emails this month/)).toBeInTheDocument();
    expect(within(rowOf('Harbour Coaching')).getByText('Trial')).toBeInTheDocument();
    expect(within(rowOf('Closed Door Coaching')).getByText('Suspended')).toBeInTheDocument();
    expect(within(rowOf('Closed Door Coaching')).getByRole('button', { name: 'Reactivate Closed Door Coaching' })).toBeInTheDocument();

    const audit = within(screen.getByRole('region', { name: 'Operator audit' }));
    expect(audit.getByText('ops@ascend.example')).toBeInTheDocument();
    expect(audit.getByText('Chargebacks under review')).toBeInTheDocument();
    const alerts = within(screen.getByRole('region', { name: 'Billing alerts' }));
    expect(alerts.getByText('Unknown customer')).toBeInTheDocument();
    expect(alerts.getByText('No practice has the customer cus_9')).toBeInTheDocument();

    // Operator data belongs to no practice: asked for without one.
    expect(requests(fetchStub).find((r) => r.operationName === 'OperatorPractices')?.headers).not.toHaveProperty('x-practice-id');
  });

  it('changes the churn period', async () => {
    answerConsole();
    const { user } = renderRoute('/operator');

    await user.click(await screen.findByRole('radio', { name: '90 days' }));

    await waitFor(() => expect(screen.getByRole('group', { name: 'Churn' })).toHaveTextContent('25%'));
    expect(screen.getByRole('group', { name: 'Churn' })).toHaveTextContent('4 ended in the last 90 days');
    expect(requests(fetchStub).filter((r) => r.operationName === 'OperatorTotals').map((r) => r.variables)).toEqual([{ days: 30 }, { days: 90 }]);
  });

  it('finds practices by name or address', async () => {
    answerConsole();
    const { user } = renderRoute('/operator');
    await screen.findByRole('link', { name: 'Harbour Coaching' });

    await user.type(screen.getByRole('textbox', { name: 'Search practices' }), 'RIDGE');
    expect(screen.getByRole('link', { name: 'Ridgeline Leadership Coaching' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Harbour Coaching' })).not.toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: 'Search practices' }));
    await user.type(screen.getByRole('textbox', { name: 'Search practices' }), 'nobody');
    expect(screen.getByText('No practice matches “nobody”.')).toBeInTheDocument();
  });

  it('suspends a practice after asking why, showing the reason the API refuses', async () => {
    let attempts = 0;
    answerConsole({
      SuspendPractice: (request) =>
        ++attempts === 1
          ? graphQLError('BAD_USER_INPUT', 'Invalid input: reason must be at most 500 characters', [{ field: 'reason', message: 'must be at most 500 characters' }])
          : graphQLAnswer({ suspendPractice: { ...harbour, suspended: true, suspendedReason: request.variables.reason } }),
    });
    const { user } = renderRoute('/operator');

    await user.click(await screen.findByRole('button', { name: 'Suspend Harbour Coaching' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Suspend Harbour Coaching?' }));
    await user.click(dialog.getByRole('button', { name: 'Suspend the practice' }));
    expect(dialog.getByText('Say why the practice is suspended')).toBeInTheDocument();
    expect(requests(fetchStub).some((r) => r.operationName === 'SuspendPractice')).toBe(false);

    await user.type(dialog.getByRole('textbox', { name: /Reason/ }), 'Card testing from this account');
    await user.click(dialog.getByRole('button', { name: 'Suspend the practice' }));
    expect(await dialog.findByText('Must be at most 500 characters')).toBeInTheDocument();

    await user.click(dialog.getByRole('button', { name: 'Suspend the practice' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests(fetchStub).filter((r) => r.operationName === 'SuspendPractice').at(-1)?.variables).toEqual({
      practiceId: 'p-harbour',
      reason: 'Card testing from this account',
    });
    // The console reloads what the suspension changed.
    await waitFor(() => expect(requests(fetchStub).filter((r) => r.operationName === 'OperatorPractices')).toHaveLength(2));
  });

  it('reactivates a suspended practice after confirming', async () => {
    answerConsole({ ReactivatePractice: { reactivatePractice: { ...closed, suspended: false, suspendedReason: null } } });
    const { user } = renderRoute('/operator');

    await user.click(await screen.findByRole('button', { name: 'Reactivate Closed Door Coaching' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Reactivate Closed Door Coaching?' }));
    expect(dialog.getByText('Suspended because: Chargebacks under review')).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Reactivate the practice' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests(fetchStub).find((r) => r.operationName === 'ReactivatePractice')?.variables).toEqual({ practiceId: 'p-closed' });
  });

  it('tells a person who is not an operator that the console is not for them, asking the API nothing', async () => {
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData({ account: owner }) } });

    renderRoute('/operator');

    expect(await screen.findByRole('heading', { level: 1, name: 'Only Ascend operators can use this console' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your workspace' })).toHaveAttribute('href', '/app');
    expect(requests(fetchStub).map((r) => r.operationName)).toEqual(['RefreshSession']);
  });

  it('shows what failed to load, section by section', async () => {
    answerConsole({ OperatorPractices: () => graphQLError('FORBIDDEN', 'Only Ascend platform operators may do this') });

    renderRoute('/operator');

    expect(await screen.findByText('The practices did not load')).toBeInTheDocument();
    expect(screen.getByText('Only Ascend platform operators may do this')).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'MRR' })).toBeInTheDocument();
  });
});
