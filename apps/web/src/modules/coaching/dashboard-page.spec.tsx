import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const weeks = (progress: (number | null)[]) =>
  progress.map((value, i) => ({ weekStart: `2026-09-${String(7 + i).padStart(2, '0')}`, progress: value, energy: value === null ? null : 3 }));

const priya = {
  clientId: 'c-priya',
  name: 'Priya Shah',
  status: 'ACTIVE',
  goal: { statement: 'Lead the platform group', targetDate: '2027-06-30' },
  methodStep: 'ACCOUNTABILITY',
  stepsDone: 5,
  recentWeeks: weeks([null, null, null, null, null, null, null, null, 8, 7, 5, 2]),
  lastCheckIn: { id: 'ci-1', weekStart: '2026-11-16', submittedAt: '2026-11-20T10:00:00Z', acknowledged: false, late: true },
  streakWeeks: 4,
  flags: ['PROGRESS_FALLING', 'NEW_CHECK_IN'],
  urgency: 35,
};
const tom = {
  clientId: 'c-tom',
  name: 'Tom Reyes',
  status: 'PAUSED',
  goal: null,
  methodStep: 'DECISION',
  stepsDone: 1,
  recentWeeks: weeks(Array(12).fill(null)),
  lastCheckIn: null,
  streakWeeks: 0,
  flags: [],
  urgency: 0,
};

function renderDashboard(dashboard: OperationAnswer) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'COACH')] }) },
    CoachDashboard: dashboard,
  });
  return renderRoute('/app/dashboard');
}

const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr') as HTMLElement;

describe('coach dashboard', () => {
  it('shows each client at a glance: goal, step, sparkline, last check-in, streak and flags in plain words', async () => {
    renderDashboard({ coachDashboard: [priya, tom] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    const row = within(rowOf('Priya Shah'));
    expect(row.getByText('Lead the platform group')).toBeInTheDocument();
    expect(row.getByText('All 5 steps done')).toBeInTheDocument();
    expect(row.getByRole('img', { name: /Progress of Priya Shah over the last 12 weeks: no check-in, .* 8, 7, 5, 2$/ })).toBeInTheDocument();
    expect(row.getByText('New')).toBeInTheDocument();
    expect(row.getByText('Late')).toBeInTheDocument();
    expect(row.getByText('4 weeks')).toBeInTheDocument();
    expect(row.getByText('Progress falling')).toBeInTheDocument();
    expect(row.getByText('New check-in')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Priya Shah' })).toHaveAttribute('href', '/app/clients/c-priya');

    const paused = within(rowOf('Tom Reyes'));
    expect(paused.getByText('Paused')).toBeInTheDocument();
    expect(paused.getByText('No goal yet')).toBeInTheDocument();
    expect(paused.getByText('Decision · 1 of 5 done')).toBeInTheDocument();
    expect(paused.getByText('None yet')).toBeInTheDocument();
    expect(paused.getByRole('img', { name: /no check-ins yet/ })).toBeInTheDocument();
    expect(paused.queryByText('New')).not.toBeInTheDocument();
  });

  it('asks for the most urgent first, and for another order when chosen', async () => {
    const { user } = renderDashboard((request) =>
      graphQLAnswer({ coachDashboard: request.variables.sort === 'NAME' ? [priya, tom] : [tom, priya] }),
    );
    await screen.findByRole('link', { name: 'Priya Shah' });
    const names = () => screen.getAllByRole('link', { name: /Shah|Reyes/ }).map((link) => link.textContent);
    expect(names()).toEqual(['Tom Reyes', 'Priya Shah']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'NAME');
    await waitFor(() => expect(names()).toEqual(['Priya Shah', 'Tom Reyes']));
    expect(requests(fetchStub).filter((r) => r.operationName === 'CoachDashboard').map((r) => r.variables.sort)).toEqual(['URGENCY', 'NAME']);
  });

  it('explains what to do when there are no clients', async () => {
    renderDashboard({ coachDashboard: [] });
    expect(await screen.findByRole('heading', { level: 1, name: 'No clients yet' })).toBeInTheDocument();
    expect(screen.getByText(/or share your application link/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Clients page' })).toHaveAttribute('href', '/app/clients');
  });
});
