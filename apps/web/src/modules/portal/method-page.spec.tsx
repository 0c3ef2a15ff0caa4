import { screen, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { goal, method } from './portal-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const signedInClient = { RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'CLIENT')] }) } };

describe('the five-step flow', () => {
  it('opens at the client’s current step, adds an awareness note and moves on to the decision', async () => {
    let notes: { id: string; kind: 'PATTERN' | 'HABITUAL_YES'; body: string }[] = [];
    answerOperations(fetchStub, {
      ...signedInClient,
      MyMethod: () => graphQLAnswer({ myMethod: method({ awarenessNotes: notes }) }),
      AddAwarenessNote: (request) => {
        const input = request.variables.input as { kind: 'PATTERN'; body: string };
        notes = [{ id: 'n1', ...input }];
        return graphQLAnswer({ addAwarenessNote: { id: 'n1' } });
      },
      MakeDecision: { makeDecision: { id: 'd1' } },
    });
    const { user, router } = renderRoute('/app/portal/method');

    expect(await screen.findByRole('heading', { level: 2, name: 'Step 1: Awareness' })).toBeInTheDocument();
    expect(screen.getByText(/No notes yet/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of note' }), 'PATTERN');
    await fill(user, screen.getByLabelText('What did you notice?'), 'I fix the build myself at midnight');
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    const list = await screen.findByRole('list', { name: 'Your awareness notes' });
    expect(await within(list).findByText('I fix the build myself at midnight')).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'AddAwarenessNote')?.variables).toEqual({ input: { kind: 'PATTERN', body: 'I fix the build myself at midnight' } });

    await user.click(screen.getByRole('button', { name: 'Continue to step 2' }));
    expect(router.state.location.pathname).toBe('/app/portal/method/decision');
    await fill(user, await screen.findByLabelText(/^Your decision/), 'I stop being the hero');
    await user.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Step 3: Bold goal' })).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'MakeDecision')?.variables).toMatchObject({ input: { commitment: 'I stop being the hero' } });
  });

  it('shows a refused target date under the field and a milestone’s problem under the milestone', async () => {
    answerOperations(fetchStub, {
      ...signedInClient,
      MyMethod: { myMethod: method({ progress: { currentStep: 'GOAL', stepsDone: 2, complete: false } }) },
      SetGoal: () =>
        graphQLError('BAD_USER_INPUT', 'Invalid input', [
          { field: 'input.targetDate', message: 'must be at most 12 months after the goal was set (2027-11-18 at the latest)' },
          { field: 'input.milestones.0.dueOn', message: "must not be after the goal's target date" },
        ]),
    });
    const { user } = renderRoute('/app/portal/method/goal');

    await fill(user, await screen.findByLabelText(/^Your bold goal/), 'Lead the platform group');
    await fill(user, screen.getByLabelText(/^Target date/), '2028-06-01');
    await user.click(screen.getByRole('button', { name: 'Add milestone' }));
    await fill(user, screen.getByLabelText('Milestone 1'), 'Hire a tech lead');
    await fill(user, screen.getByLabelText('Milestone 1 due'), '2028-07-01');
    await user.click(screen.getByRole('button', { name: 'Set goal' }));

    expect(await screen.findByText('Must be at most 12 months after the goal was set (2027-11-18 at the latest)')).toBeInTheDocument();
    expect(screen.getByText("Must not be after the goal's target date")).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'SetGoal')?.variables).toMatchObject({
      input: { statement: 'Lead the platform group', targetDate: '2028-06-01', milestones: [{ title: 'Hire a tech lead', dueOn: '2028-07-01' }] },
    });
  });

  it('revisits a done step with its records filled in, and closes the active goal', async () => {
    answerOperations(fetchStub, {
      ...signedInClient,
      MyMethod: { myMethod: method({ progress: { currentStep: 'FUTURE_SELF', stepsDone: 3, complete: false }, goal }) },
      CloseGoal: { closeGoal: { id: goal.id } },
    });
    const { user } = renderRoute('/app/portal/method/goal');

    expect(await screen.findByLabelText(/^Your bold goal/)).toHaveValue('Lead the platform group, not carry it');
    expect(screen.getByLabelText('Milestone 1')).toHaveValue('Hire a tech lead');
    await user.click(screen.getByRole('button', { name: 'Mark goal achieved' }));
    expect(requests(fetchStub).find((r) => r.operationName === 'CloseGoal')?.variables).toEqual({ id: 'g-1', status: 'ACHIEVED' });
  });
});
