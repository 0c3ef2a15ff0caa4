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

const CSV = 'name,email\nAnn,ann@example.com\nNo Mail,\nBob,bob@example.com\n';
const previewed = [
  { row: 2, name: 'Ann', email: 'ann@example.com', status: 'ACTIVE', tags: ['vip'], coachEmail: '', problems: [] },
  { row: 3, name: 'No Mail', email: '', status: 'ACTIVE', tags: [], coachEmail: '', problems: [{ column: 'email', message: 'is missing' }] },
  { row: 4, name: 'Bob', email: 'bob@example.com', status: 'ACTIVE', tags: [], coachEmail: '', problems: [] },
];

function renderImport(answers: Record<string, OperationAnswer>) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'OWNER')] }) },
    PreviewClientImport: { previewClientImport: previewed },
    ...answers,
  });
  return renderRoute('/app/clients/import');
}

async function previewFile(user: ReturnType<typeof renderRoute>['user']) {
  await fill(user, await screen.findByRole('textbox', { name: 'CSV' }), CSV);
  await user.click(screen.getByRole('button', { name: 'Preview' }));
  return screen.findByRole('region', { name: 'Preview' });
}

describe('importing clients', () => {
  it('previews each row with its problems, writing nothing', async () => {
    const { user } = renderImport({});

    const preview = await previewFile(user);
    expect(within(preview).getByText('3 rows: 2 ready, 1 with problems.')).toBeInTheDocument();
    const noMail = within(preview).getByText('No Mail').closest('tr') as HTMLElement;
    expect(within(noMail).getByText('email: is missing')).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'PreviewClientImport')?.variables).toEqual({ csv: CSV });
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('ImportClients');
  });

  it('imports only the valid rows, as CSV of their own, and sums up what was added and skipped', async () => {
    const { user } = renderImport({
      ImportClients: () => graphQLAnswer({ importClients: { added: 1, skipped: [{ row: 3, email: 'bob@example.com', problems: [{ column: 'email', message: 'is already on the roster' }] }] } }),
      RosterPage: { clients: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } },
    });

    await previewFile(user);
    await user.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('Added 1 client')).toBeInTheDocument();
    expect(screen.getByText('Row 3: email is missing')).toBeInTheDocument();
    expect(screen.getByText('Row 4 (bob@example.com): email is already on the roster')).toBeInTheDocument();
    const sent = requests(fetchStub).filter((r) => r.operationName === 'ImportClients');
    expect(sent.map((r) => r.variables)).toEqual([
      { csv: 'name,email,status,tags,coach email\r\nAnn,ann@example.com,ACTIVE,vip,\r\nBob,bob@example.com,ACTIVE,,', mode: 'VALID_ROWS' },
    ]);
  });

  it('sends the whole file for all or nothing, and lists the rows that stopped it', async () => {
    const { user } = renderImport({
      ImportClients: () =>
        graphQLError('BAD_USER_INPUT', '1 of 3 rows have problems, so none was imported: fix them or import only the valid rows', [
          { field: 'csv', message: 'row 3, email: is missing' },
        ]),
      RosterPage: { clients: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } },
    });

    await previewFile(user);
    await user.click(screen.getByRole('radio', { name: /All or nothing/ }));
    await user.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('Nothing was imported')).toBeInTheDocument();
    expect(screen.getByText('row 3, email: is missing')).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'ImportClients')?.variables).toEqual({ csv: CSV, mode: 'ALL_OR_NOTHING' });
  });

  it('shows progress while the valid rows are sent', async () => {
    let finish: (response: Response) => void = () => undefined;
    const { user } = renderImport({
      ImportClients: () => new Promise<Response>((resolve) => (finish = resolve)),
      RosterPage: { clients: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } },
    });

    await previewFile(user);
    await user.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByRole('progressbar', { name: 'Imported 0 of 2 rows' })).toBeInTheDocument();
    finish(graphQLAnswer({ importClients: { added: 2, skipped: [] } }));
    expect(await screen.findByText('Added 2 clients')).toBeInTheDocument();
  });
});
