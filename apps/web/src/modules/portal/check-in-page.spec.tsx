import { screen } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { checkIn, coaching } from './portal-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

function renderCheckIn(path: string, home: ReturnType<typeof coaching>, submit: Parameters<typeof answerOperations>[1][string]) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'CLIENT')] }) },
    MyCoaching: { myCoaching: home },
    SubmitCheckIn: submit,
  });
  return renderRoute(path);
}

describe('weekly check-in form', () => {
  it('shows the API’s refusal of progress 11 on the progress field, keeping what was typed', async () => {
    const { user } = renderCheckIn('/app/portal/check-in', coaching(), () =>
      graphQLError('BAD_USER_INPUT', 'Invalid input: input.progress must be a whole number from 0 to 10', [{ field: 'input.progress', message: 'must be a whole number from 0 to 10' }]),
    );

    await fill(user, await screen.findByLabelText(/^Progress toward your goal/), '11');
    await fill(user, screen.getByLabelText(/^Energy/), '3');
    await fill(user, screen.getByLabelText(/^Wins/), 'Delegated the migration');
    await user.click(screen.getByRole('button', { name: 'Submit check-in' }));

    const progress = screen.getByLabelText(/^Progress toward your goal/);
    expect(await screen.findByText('Must be a whole number from 0 to 10')).toBeInTheDocument();
    expect(progress).toHaveAttribute('aria-invalid', 'true');
    expect(progress).toHaveValue('11');
    expect(requests(fetchStub).find((r) => r.operationName === 'SubmitCheckIn')?.variables).toMatchObject({
      input: { weekStart: '2026-11-16', progress: 11, energy: 3, wins: 'Delegated the migration', impactMadeLegible: '' },
    });
  });

  it('asks for progress and energy before sending anything', async () => {
    const { user } = renderCheckIn('/app/portal/check-in', coaching(), () => graphQLAnswer({ submitCheckIn: checkIn }));
    await user.click(await screen.findByRole('button', { name: 'Submit check-in' }));
    expect(screen.getByText('Rate your progress from 0 to 10')).toBeInTheDocument();
    expect(screen.getByText('Rate your energy from 1 to 5')).toBeInTheDocument();
    expect(requests(fetchStub).some((r) => r.operationName === 'SubmitCheckIn')).toBe(false);
  });

  it('opens this week’s check-in for editing and saves the change', async () => {
    const home = coaching({ thisWeek: { weekStart: '2026-11-16', checkInDate: '2026-11-20', status: 'DONE', missedWeekStart: null, checkIn } });
    const { user } = renderCheckIn('/app/portal/check-in', home, (request) => graphQLAnswer({ submitCheckIn: { ...checkIn, progress: (request.variables.input as { progress: number }).progress } }));

    const progress = await screen.findByLabelText(/^Progress toward your goal/);
    expect(progress).toHaveValue('6');
    expect(screen.getByLabelText(/^What I declined or delegated/)).toHaveValue('Declined the vendor call');
    await fill(user, progress, '8');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Check-in saved')).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'SubmitCheckIn')?.variables).toMatchObject({ input: { weekStart: '2026-11-16', progress: 8 } });
  });

  it('checks in late for a missed last week', async () => {
    const home = coaching({ thisWeek: { weekStart: '2026-11-23', checkInDate: '2026-11-27', status: 'UPCOMING', missedWeekStart: '2026-11-16', checkIn: null } });
    const { user } = renderCheckIn('/app/portal/check-in?week=2026-11-16', home, () => graphQLAnswer({ submitCheckIn: { ...checkIn, late: true } }));

    expect(await screen.findByText(/this check-in is marked late/)).toBeInTheDocument();
    await fill(user, screen.getByLabelText(/^Progress toward your goal/), '4');
    await fill(user, screen.getByLabelText(/^Energy/), '2');
    await user.click(screen.getByRole('button', { name: 'Submit check-in' }));
    expect(await screen.findByText(/it is marked late/)).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'SubmitCheckIn')?.variables).toMatchObject({ input: { weekStart: '2026-11-16', progress: 4, energy: 2 } });
  });
});
