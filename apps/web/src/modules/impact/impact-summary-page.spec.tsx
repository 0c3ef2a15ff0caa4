import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLError, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const entry = (id: string, outcome: string, significance: number, occurredOn: string) => ({
  id,
  whatIDid: `What I did for ${id}`,
  outcome,
  outcomeKind: 'OTHER',
  beneficiary: id === 'e1' ? 'Payments team' : '',
  significance,
  occurredOn,
  checkInId: null,
});

const summary = {
  from: '2026-01-01',
  to: '2026-03-31',
  title: 'Impact summary: Noor Haddad',
  period: '1 January 2026 to 31 March 2026',
  opening: 'From 1 January 2026 to 31 March 2026, Noor Haddad delivered 3 outcomes with a clear business result, in 2 areas.',
  entryCount: 3,
  markdown: '# Impact summary: Noor Haddad\n',
  groups: [
    { outcomeKind: 'RISK_AVOIDED', heading: 'Risks avoided', entries: [entry('e1', 'Avoided a two-day outage', 5, '2026-02-03')] },
    {
      outcomeKind: 'TIME_SAVED',
      heading: 'Time saved',
      entries: [entry('e2', 'Saved a week of rework', 4, '2026-02-20'), entry('e3', 'Saved two hours a week', 2, '2026-03-01')],
    },
  ],
};

/** jsdom's Blob has no text(): read it the way old browsers did. */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

function renderSummary(answers: Record<string, OperationAnswer> = {}) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'CLIENT')] }) },
    ImpactSummary: { impactSummary: summary },
    ...answers,
  });
  return renderRoute('/app/portal/impact/summary');
}

describe('impact summary page', () => {
  it('shows the outcomes grouped under plain headings, in the order the API ranked them', async () => {
    renderSummary();

    const sheet = await screen.findByRole('article', { name: 'Impact summary: Noor Haddad' });
    expect(within(sheet).getByText(summary.opening)).toBeInTheDocument();
    const groups = within(sheet).getAllByRole('region');
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual(['Risks avoided (1)', 'Time saved (2)']);
    expect(within(groups[1]).getAllByText(/^Saved/).map((e) => e.textContent)).toEqual(['Saved a week of rework', 'Saved two hours a week']);
    expect(within(groups[0]).getByText(/Exceptional · .* · for Payments team/)).toBeInTheDocument();
    // The last three months up to today, unless the client picks another period.
    const asked = requests(fetchStub).find((r) => r.operationName === 'ImpactSummary')!.variables as { from: string; to: string };
    expect(asked.to >= asked.from).toBe(true);
  });

  it('asks again for the period the client picks and shows refusals under the field they name', async () => {
    const { user } = renderSummary({
      ImpactSummary: ({ variables }) =>
        variables.from === '2026-05-01'
          ? graphQLError('BAD_USER_INPUT', 'Invalid input', [{ field: 'to', message: 'must not be before the start of the period' }])
          : new Response(JSON.stringify({ data: { impactSummary: summary } }), { headers: { 'content-type': 'application/json' } }),
    });
    await screen.findByRole('article', { name: 'Impact summary: Noor Haddad' });

    await fill(user, screen.getByLabelText('From'), '2026-05-01');
    await fill(user, screen.getByLabelText('To'), '2026-04-01');
    await user.click(screen.getByRole('button', { name: 'Show summary' }));

    expect(await screen.findByText('Must not be before the start of the period')).toBeInTheDocument();
    expect(requests(fetchStub).filter((r) => r.operationName === 'ImpactSummary').at(-1)?.variables).toEqual({ from: '2026-05-01', to: '2026-04-01' });
  });

  it('downloads the Markdown named by its dates, and prints', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:summary';
    });
    URL.revokeObjectURL = jest.fn();
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderSummary();

    await user.click(await screen.findByRole('button', { name: 'Download Markdown' }));
    expect(clicked.map((a) => [a.download, a.href])).toEqual([['impact-summary-2026-01-01-to-2026-03-31.md', 'blob:summary']]);
    expect(await textOf(created[0])).toBe(summary.markdown);
    expect(created[0].type).toBe('text/markdown;charset=utf-8');

    await user.click(screen.getByRole('button', { name: 'Print' }));
    await waitFor(() => expect(print).toHaveBeenCalled());
  });
});
