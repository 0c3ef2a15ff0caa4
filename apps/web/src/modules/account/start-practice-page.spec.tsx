import { screen } from '@testing-library/react';
import { answerOperations, graphQLError, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

const northstar = { practiceId: 'b7a1c3c0-0000-4000-8000-000000000009', practiceSlug: 'northstar', practiceName: 'Northstar Coaching' };

async function openStartPractice(memberships: ReturnType<typeof membership>[], answers: Record<string, OperationAnswer> = {}) {
  rememberSignedIn();
  answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData({ memberships }) }, ...answers });
  const view = renderRoute('/app/new-practice');
  expect(await screen.findByRole('heading', { level: 1, name: 'Start a practice' })).toBeInTheDocument();
  return view;
}

describe('starting a practice while signed in', () => {
  it('is where a person without a practice is sent, and opens the new practice as theirs', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ memberships: [] }) },
      StartPractice: { startPractice: membership(northstar, 'OWNER') },
    });
    const { router, user } = renderRoute('/app');

    await user.click(await screen.findByRole('link', { name: 'Start a practice' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Start a practice' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/new-practice');

    await fill(user, screen.getByLabelText(/^Practice name/), 'Northstar Coaching');
    expect(screen.getByLabelText(/^Practice address/)).toHaveValue('northstar-coaching');
    await fill(user, screen.getByLabelText(/^Practice address/), 'northstar');
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Maren' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
    expect(screen.getByText('Northstar Coaching')).toBeInTheDocument();
    const started = requests(fetchStub).find((r) => r.operationName === 'StartPractice');
    expect(started?.variables).toEqual({
      input: { practiceName: 'Northstar Coaching', practiceSlug: 'northstar', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    });
    expect(started?.headers).not.toHaveProperty('x-practice-id');
  });

  it('makes the new practice the selected one for a member of another', async () => {
    const { user } = await openStartPractice([membership(ridgeline, 'COACH')], { StartPractice: { startPractice: membership(northstar, 'OWNER') } });

    await fill(user, screen.getByLabelText(/^Practice name/), 'Northstar Coaching');
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));

    expect(await screen.findByRole('button', { name: 'Practice: Northstar Coaching. Switch practice' })).toBeInTheDocument();
    expect(await screen.findByRole('navigation', { name: 'Northstar Coaching menu' })).toBeInTheDocument();
  });

  it('says what is wrong with the name and the address as they are typed', async () => {
    const { user } = await openStartPractice([]);

    await fill(user, screen.getByLabelText(/^Practice name/), 'N'.repeat(121));
    expect(screen.getByLabelText(/^Practice name/)).toHaveAccessibleDescription('The practice name can be at most 120 characters (it has 121)');

    await fill(user, screen.getByLabelText(/^Practice name/), 'NS');
    expect(screen.getByLabelText(/^Practice address/)).toHaveAccessibleDescription(expect.stringContaining('The address needs at least 3 characters (it has 2)'));
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));

    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('StartPractice');
  });

  it("shows the server's answers under the fields it names, keeping what was typed", async () => {
    const { user, router } = await openStartPractice([], {
      StartPractice: () =>
        graphQLError('BAD_USER_INPUT', 'Invalid input: input.practiceSlug is already taken', [{ field: 'input.practiceSlug', message: 'is already taken' }]),
    });

    await fill(user, screen.getByLabelText(/^Practice name/), 'Ridgeline');
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));

    const address = screen.getByLabelText(/^Practice address/);
    expect(await screen.findByText('Is already taken')).toBeInTheDocument();
    expect(address).toHaveAttribute('aria-invalid', 'true');
    expect(address).toHaveValue('ridgeline');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/new-practice');
  });

  it('shows a refusal that names no field above the form', async () => {
    const { user } = await openStartPractice([], {
      StartPractice: () => graphQLError('TOO_MANY_REQUESTS', 'You can start 3 practices a day: try again tomorrow'),
    });

    await fill(user, screen.getByLabelText(/^Practice name/), 'Northstar Coaching');
    await user.click(screen.getByRole('button', { name: 'Start the practice' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your practice was not started');
    expect(alert).toHaveTextContent('You can start 3 practices a day: try again tomorrow');
  });
});
