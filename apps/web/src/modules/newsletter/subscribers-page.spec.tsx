import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { counts, importRun, subscriberData } from './newsletter-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const priya = subscriberData('s-1', 'priya@example.com', { name: 'Priya Raman' });
const tom = subscriberData('s-2', 'tom@example.com', { status: 'PENDING', confirmedAt: null });

function renderSubscribers(answers: Record<string, OperationAnswer>) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'COACH')] }) },
    Subscribers: { subscribers: { total: 2, counts, subscribers: [priya, tom] } },
    ...answers,
  });
  return renderRoute('/app/newsletter/subscribers');
}

const calls = (operation: string) => requests(fetchStub).filter((r) => r.operationName === operation);

const csv = ['Email Address,First Name,Status,OPTIN_TIME', 'ana@example.com,Ana,subscribed,2025-03-01 10:00:00', 'ben@example,Ben,subscribed,'].join('\n');

describe('the subscribers page', () => {
  it('lists subscribers with status counts on the filter chips, and filters by status', async () => {
    const { user } = renderSubscribers({});

    const table = await screen.findByRole('table', { name: 'Subscribers' });
    const row = within(within(table).getByText('priya@example.com').closest('tr') as HTMLElement);
    expect(row.getByText('Priya Raman')).toBeInTheDocument();
    expect(row.getByText('Subscribed')).toBeInTheDocument();
    expect(row.getByText('Signup form')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'All (258)' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Pending (3)' }));
    await waitFor(() => expect(calls('Subscribers').at(-1)?.variables).toEqual({ filter: { status: 'PENDING', limit: 50, offset: 0 } }));
  });

  it('previews an import, follows its progress, then shows what it did', async () => {
    let polls = 0;
    const { user } = renderSubscribers({
      PreviewSubscriberImport: {
        previewSubscriberImport: {
          total: 2,
          willSubscribe: 1,
          willSkip: 0,
          errors: 1,
          rows: [
            { line: 2, email: 'ana@example.com', name: 'Ana', status: 'SUBSCRIBED', consentAt: '2025-03-01T10:00:00.000Z', outcome: 'SUBSCRIBE', problems: [] },
            { line: 3, email: 'ben@example', name: 'Ben', status: '', consentAt: null, outcome: 'ERROR', problems: ['ben@example is not a valid email address'] },
          ],
        },
      },
      ImportSubscribers: { importSubscribers: importRun({ total: 2 }) },
      SubscriberImport: () => {
        polls += 1;
        return graphQLAnswer({
          subscriberImport:
            polls === 1
              ? importRun({ status: 'RUNNING', total: 2, processed: 1, created: 1 })
              : importRun({ status: 'DONE', total: 2, processed: 2, created: 1, failed: 1, errors: ['Line 3: ben@example is not a valid email address'] }),
        });
      },
    });

    await screen.findByRole('table', { name: 'Subscribers' });
    await user.click(screen.getByRole('button', { name: 'Import CSV' }));
    await user.upload(await screen.findByLabelText('CSV file'), new File([csv], 'mailchimp.csv', { type: 'text/csv' }));

    const rows = await screen.findByRole('table', { name: 'Rows of the file' });
    expect(within(rows).getByText('ben@example is not a valid email address')).toBeInTheDocument();
    // The status each address will have, in words; none for a row that is not imported.
    expect(within(within(rows).getByText('ana@example.com').closest('tr')!).getByText('Subscribed')).toBeInTheDocument();
    expect(within(within(rows).getByText('ben@example').closest('tr')!).getAllByText('—')).toHaveLength(2);
    expect(screen.getByText(/Only rows with recorded consent become subscribed/)).toBeInTheDocument();
    expect(screen.getByText('Will subscribe:').closest('p')).toHaveTextContent('Will subscribe: 1');
    expect(calls('PreviewSubscriberImport')[0].variables).toEqual({ csv, fileName: 'mailchimp.csv' });
    expect(calls('ImportSubscribers')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Import 2 rows' }));
    expect(await screen.findByText('1 of 2 rows processed', {})).toBeInTheDocument();
    expect(await screen.findByText('Import finished', {})).toBeInTheDocument();
    expect(screen.getByText('1 added, 0 updated, 0 skipped, 1 with errors.')).toBeInTheDocument();
    expect(screen.getByText('Line 3: ben@example is not a valid email address')).toBeInTheDocument();
    expect(calls('ImportSubscribers')[0].variables).toEqual({ csv, fileName: 'mailchimp.csv' });
    // Done: no more polling, and the list is asked again for the new subscribers.
    await waitFor(() => expect(calls('Subscribers').length).toBeGreaterThan(1));
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(calls('SubscriberImport')).toHaveLength(2);
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const { user } = renderSubscribers({});
    await screen.findByRole('table', { name: 'Subscribers' });
    await user.click(screen.getByRole('button', { name: 'Import CSV' }));
    const huge = new File(['x'], 'everyone.csv', { type: 'text/csv' });
    Object.defineProperty(huge, 'size', { value: 20 * 1024 * 1024 });
    await user.upload(await screen.findByLabelText('CSV file'), huge);

    expect(await screen.findByText(/everyone.csv is 20.0 MB; files up to 10 MB can be imported/)).toBeInTheDocument();
    expect(calls('PreviewSubscriberImport')).toEqual([]);
  });

  it('deletes a subscriber only after confirming', async () => {
    const { user } = renderSubscribers({ DeleteSubscriber: { deleteSubscriber: true } });
    await screen.findByRole('table', { name: 'Subscribers' });

    await user.click(screen.getByRole('button', { name: 'Actions for tom@example.com' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    expect(calls('DeleteSubscriber')).toEqual([]);
    await user.click(await screen.findByRole('button', { name: 'Delete subscriber' }));

    await waitFor(() => expect(calls('DeleteSubscriber').map((r) => r.variables)).toEqual([{ id: 's-2' }]));
  });
});
