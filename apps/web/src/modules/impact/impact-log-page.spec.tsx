import { screen, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const entry = {
  id: 'e1',
  whatIDid: 'Handed the forecast to my deputy',
  outcome: 'Freed six hours a week for hiring',
  outcomeKind: 'TIME_SAVED',
  beneficiary: 'Finance team',
  significance: 4,
  occurredOn: '2026-02-10',
  checkInId: null,
};
const suggestion = { checkInId: 'c1', weekStart: '2026-11-09', impactMadeLegible: 'Closed the audit finding before the regulator visit' };

function renderLog(answers: Record<string, OperationAnswer> = {}) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'CLIENT')] }) },
    ImpactEntries: { myImpactEntries: [entry], impactSuggestions: [suggestion] },
    ...answers,
  });
  return renderRoute('/app/portal/impact');
}

describe('impact log page', () => {
  it('explains legible impact when nothing is logged yet', async () => {
    renderLog({ ImpactEntries: { myImpactEntries: [], impactSuggestions: [] } });

    expect(await screen.findByRole('heading', { name: 'Make your impact legible' })).toBeInTheDocument();
    expect(screen.getByText(/what would have happened without it/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Summary for your manager' })).toHaveAttribute('href', '/app/portal/impact/summary');
  });

  it('lists the outcomes with their kind, significance and beneficiary', async () => {
    renderLog();

    const card = await screen.findByRole('article', { name: entry.outcome });
    expect(within(card).getByText('Time saved')).toBeInTheDocument();
    expect(within(card).getByText('Major')).toBeInTheDocument();
    expect(within(card).getByText(/for Finance team/)).toBeInTheDocument();
    expect(within(card).getByText(entry.whatIDid)).toBeInTheDocument();
  });

  it('logs a check-in as impact from the form it fills in, linking the check-in', async () => {
    let logged = false;
    const { user } = renderLog({
      ImpactEntries: () => graphQLAnswer({ myImpactEntries: [entry], impactSuggestions: logged ? [] : [suggestion] }),
      AddImpactEntry: () => {
        logged = true;
        return graphQLAnswer({ addImpactEntry: { ...entry, id: 'e2', checkInId: 'c1' } });
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Log this as impact' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log this check-in as impact' });
    expect(within(dialog).getByLabelText(/The outcome, in business terms/)).toHaveValue(suggestion.impactMadeLegible);
    expect(within(dialog).getByLabelText(/^When/)).toHaveValue('2026-11-09');
    await fill(user, within(dialog).getByLabelText(/What I did/), 'Escalated the finding to the CFO');
    await user.selectOptions(within(dialog).getByLabelText('Kind of outcome'), 'RISK_AVOIDED');
    await user.click(within(dialog).getByRole('button', { name: 'Log outcome' }));

    expect(await screen.findByRole('heading', { name: 'Your outcomes' })).toBeInTheDocument();
    await screen.findByText('Time saved');
    expect(screen.queryByRole('button', { name: 'Log this as impact' })).not.toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'AddImpactEntry')?.variables).toEqual({
      input: {
        whatIDid: 'Escalated the finding to the CFO',
        outcome: suggestion.impactMadeLegible,
        outcomeKind: 'RISK_AVOIDED',
        beneficiary: '',
        significance: 3,
        occurredOn: '2026-11-09',
        checkInId: 'c1',
      },
    });
  });

  it('asks for the fields left empty, and shows the refusals of the API under the fields they name', async () => {
    const { user } = renderLog({
      AddImpactEntry: () => graphQLError('BAD_USER_INPUT', 'Invalid input', [{ field: 'input.occurredOn', message: 'must not be in the future' }]),
    });

    await user.click(await screen.findByRole('button', { name: 'Log an outcome' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log an outcome' });
    await user.click(within(dialog).getByRole('button', { name: 'Log outcome' }));
    expect(within(dialog).getByText('Say what you did')).toBeInTheDocument();
    expect(within(dialog).getByText('Describe the outcome in business terms')).toBeInTheDocument();
    expect(requests(fetchStub).some((r) => r.operationName === 'AddImpactEntry')).toBe(false);

    await fill(user, within(dialog).getByLabelText(/What I did/), 'Declined the vendor review');
    await fill(user, within(dialog).getByLabelText(/The outcome, in business terms/), 'Kept two days for the strategy paper');
    await user.click(within(dialog).getByRole('button', { name: 'Log outcome' }));

    expect(await within(dialog).findByText('Must not be in the future')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/What I did/)).toHaveValue('Declined the vendor review');
  });

  it('changes and removes an outcome', async () => {
    const { user } = renderLog({
      UpdateImpactEntry: { updateImpactEntry: { ...entry, significance: 5 } },
      RemoveImpactEntry: { removeImpactEntry: true },
    });

    await user.click(await screen.findByRole('button', { name: `Edit "${entry.outcome}"` }));
    const dialog = await screen.findByRole('dialog', { name: 'Change this outcome' });
    await user.selectOptions(within(dialog).getByLabelText('Significance'), '5');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(requests(fetchStub).find((r) => r.operationName === 'UpdateImpactEntry')?.variables).toMatchObject({ input: { id: 'e1', significance: 5 } });

    await user.click(await screen.findByRole('button', { name: `Remove "${entry.outcome}"` }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Remove this outcome?' })).getByRole('button', { name: 'Remove' }));
    expect(requests(fetchStub).find((r) => r.operationName === 'RemoveImpactEntry')?.variables).toEqual({ id: 'e1' });
  });
});
