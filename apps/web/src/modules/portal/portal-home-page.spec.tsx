import { screen, within } from '@testing-library/react';
import { answerOperations, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { checkIn, coaching, goal } from './portal-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

function renderHome(home: ReturnType<typeof coaching>) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'CLIENT')] }) },
    MyCoaching: { myCoaching: home },
  });
  return renderRoute('/app/portal');
}

const section = (name: string) => within(screen.getByRole('region', { name }));

describe('portal home', () => {
  it('says what to do next when nothing is done yet', async () => {
    renderHome(coaching({ methodProgress: { currentStep: 'AWARENESS', stepsDone: 0, complete: false }, accountabilitySetUp: false }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Jo' })).toBeInTheDocument();
    expect(section('The five steps').getByText('Start with step 1: notice your patterns.')).toBeInTheDocument();
    expect(section('The five steps').getByRole('link', { name: 'Start step 1' })).toHaveAttribute('href', '/app/portal/method/awareness');
    expect(section('Your bold goal').getByText(/No goal yet/)).toBeInTheDocument();
    expect(section('Your bold goal').getByRole('link', { name: 'Set your goal' })).toHaveAttribute('href', '/app/portal/method/goal');
    expect(section('From your coach').getByText(/No reply yet/)).toBeInTheDocument();
    expect(section('This week’s check-in').getByRole('link', { name: 'Check in now' })).toHaveAttribute('href', '/app/portal/check-in');
  });

  it('shows the goal, this week done, the streak, the coach’s latest reply and a missed week to fill in', async () => {
    renderHome(
      coaching({
        methodProgress: { currentStep: 'ACCOUNTABILITY', stepsDone: 5, complete: true },
        goal,
        thisWeek: { weekStart: '2026-11-16', checkInDate: '2026-11-20', status: 'DONE', missedWeekStart: '2026-11-09', checkIn },
        streakWeeks: 3,
        longestStreakWeeks: 5,
        latestReply: { checkInId: 'ci-0', weekStart: '2026-11-09', reply: 'Declining the vendor call was right.', repliedAt: '2026-11-13T10:00:00Z', coachName: 'Tom Reyes' },
      }),
    );

    expect(await screen.findByText('Lead the platform group, not carry it')).toBeInTheDocument();
    expect(section('This week’s check-in').getByText('Done')).toBeInTheDocument();
    expect(section('This week’s check-in').getByRole('link', { name: 'Edit this week’s check-in' })).toBeInTheDocument();
    expect(section('This week’s check-in').getByRole('link', { name: 'Check in for last week' })).toHaveAttribute('href', '/app/portal/check-in?week=2026-11-09');
    expect(section('Streak').getByText('3 weeks in a row')).toBeInTheDocument();
    expect(section('Streak').getByText('Your longest streak: 5 weeks.')).toBeInTheDocument();
    expect(section('From your coach').getByText('Declining the vendor call was right.')).toBeInTheDocument();
    expect(section('The five steps').getByRole('link', { name: 'Revisit the method' })).toBeInTheDocument();
    expect(section('Your bold goal').getByText(/Next milestone: Hire a tech lead/)).toBeInTheDocument();
  });
});
