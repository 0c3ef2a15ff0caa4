import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { renderRoute } from '../../testing/render-route';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const figures = (registered: number, waitlisted: number, confirmed: number, attended: number, becameClients: number) => ({
  registered,
  waitlisted,
  confirmed,
  attended,
  attendanceRate: confirmed ? attended / confirmed : null,
  becameClients,
});

const report = {
  from: '2026-08-24T00:00:00.000Z',
  to: '2026-12-23T00:00:00.000Z',
  totals: figures(57, 5, 50, 30, 4),
  masterclasses: [
    { masterclassId: 'mc-1', title: 'Leading without fixing', startsAt: '2026-09-10T17:00:00.000Z', status: 'COMPLETED', figures: figures(42, 5, 35, 24, 3) },
    { masterclassId: 'mc-2', title: 'Deciding under pressure', startsAt: '2026-11-05T17:00:00.000Z', status: 'COMPLETED', figures: figures(15, 0, 15, 6, 1) },
  ],
  sources: [
    { source: 'NEWSLETTER', newsletterIssue: '42', utmSource: null, utmCampaign: null, registered: 40, attended: 22, becameClients: 3 },
    { source: 'DIRECT', newsletterIssue: null, utmSource: 'linkedin', utmCampaign: 'autumn', registered: 17, attended: 8, becameClients: 1 },
  ],
};

function renderFunnel(funnel: OperationAnswer) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'ADMIN')] }) },
    MasterclassFunnel: funnel,
  });
  return renderRoute('/app/masterclasses/funnel');
}

/** Local midnight of the day `offset` days from today, as the page asks for it. */
function midnight(offset: number): string {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset).toISOString();
}

const funnelRequests = () => requests(fetchStub).filter((r) => r.operationName === 'MasterclassFunnel');

describe('the funnel page', () => {
  it('shows the totals, each masterclass in a chart, in words and in a table, and the sources, for the last 90 days to the next 30', async () => {
    renderFunnel({ masterclassFunnel: report });

    expect(await screen.findByRole('heading', { level: 1, name: 'Funnel' })).toBeInTheDocument();
    const totals = within(await screen.findByRole('region', { name: 'Totals' }));
    expect(totals.getByText('Registered').nextSibling).toHaveTextContent('57');
    expect(totals.getByText('Waitlisted').nextSibling).toHaveTextContent('5');
    expect(totals.getByText('Attended').nextSibling).toHaveTextContent('30');
    expect(totals.getByText('Attendance rate').nextSibling).toHaveTextContent('60%');
    expect(totals.getByText('Became clients').nextSibling).toHaveTextContent('4');

    expect(screen.getByRole('img', { name: /registered, attended and became clients per masterclass/ })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Leading without fixing: 42 registered, 24 attended, 3 became clients. Deciding under pressure: 15 registered, 6 attended, 1 became clients.',
      ),
    ).toBeInTheDocument();
    const perMasterclass = within(screen.getByRole('table', { name: 'Funnel per masterclass' }));
    const row = within(perMasterclass.getByRole('link', { name: 'Leading without fixing' }).closest('tr') as HTMLElement);
    expect(row.getAllByRole('cell').slice(1).map((cell) => cell.textContent)).toEqual(['42', '5', '35', '24', '69%', '3']);

    const sources = within(screen.getByRole('table', { name: 'Funnel by source' }));
    expect(sources.getByText('Newsletter · issue 42')).toBeInTheDocument();
    expect(sources.getByText('Direct link · linkedin / autumn')).toBeInTheDocument();

    expect(funnelRequests()[0].variables).toEqual({ from: midnight(-90), to: midnight(31) });
  });

  it('asks for another period, and says so under To when the API refuses it', async () => {
    const { user } = renderFunnel((request) =>
      request.variables.to === request.variables.from
        ? graphQLError('BAD_USER_INPUT', 'Invalid input', [{ field: 'to', message: 'must be after from' }])
        : graphQLAnswer({ masterclassFunnel: report }),
    );
    await screen.findByRole('region', { name: 'Totals' });

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-31' } });
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(funnelRequests().at(-1)?.variables).toEqual({ from: new Date(2026, 0, 1).toISOString(), to: new Date(2026, 3, 1).toISOString() }));

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-04-01' } });
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('Must be after from')).toBeInTheDocument();
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
  });
});
