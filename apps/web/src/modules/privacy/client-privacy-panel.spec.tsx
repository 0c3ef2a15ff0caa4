import { createQueryClient } from '@ascend/web/data-access';
import { AppProviders } from '@ascend/web/ui';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AuthProvider } from '../auth/auth-provider';
import { RequireSession } from '../auth/route-guards';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { ClientPrivacyPanel } from './client-privacy-panel';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

/** The panel as the client detail page shows it to an owner; /app/clients stands in for the roster. */
function renderPanel(answers: Record<string, OperationAnswer> = {}) {
  answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'OWNER')] }) }, ...answers });
  const router = createMemoryRouter(
    [
      {
        path: '/app',
        element: <RequireSession />,
        children: [
          { path: 'clients/c1', element: <ClientPrivacyPanel clientId="c1" clientName="Noor Haddad" /> },
          { path: 'clients', element: <h1>Clients</h1> },
        ],
      },
    ],
    { initialEntries: ['/app/clients/c1'] },
  );
  const user = userEvent.setup();
  render(
    <AppProviders queryClient={createQueryClient()}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </AppProviders>,
  );
  return { user, router };
}

describe('client privacy panel', () => {
  it('downloads everything about the client as a JSON file', async () => {
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { user } = renderPanel({ ExportClientData: { exportClientData: '{"client":{"id":"c1"}}' } });

    await user.click(await screen.findByRole('button', { name: 'Export data (JSON)' }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(requests(fetchStub).find((r) => r.operationName === 'ExportClientData')?.variables).toEqual({ clientId: 'c1' });
    expect(clicked.map((a) => a.download)).toEqual([expect.stringMatching(/^noor-haddad-data-\d{4}-\d{2}-\d{2}\.json$/)]);
  });

  it('erases only after the email is typed, explaining what goes, then returns to the clients', async () => {
    let attempts = 0;
    const { user, router } = renderPanel({
      EraseClient: ({ variables }) => {
        attempts += 1;
        return variables.confirmEmail === 'noor@example.com'
          ? graphQLAnswer({ eraseClient: { reference: 'r-1' } })
          : graphQLError('BAD_USER_INPUT', 'Invalid input', [{ field: 'confirmEmail', message: "does not match the client's email" }]);
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Erase client' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase Noor Haddad?' });
    expect(within(dialog).getByText('This cannot be undone')).toBeInTheDocument();
    expect(within(dialog).getByText(/every check-in with its replies/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Their Ascend account and their place in other practices are not touched/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    expect(within(dialog).getByText("Type Noor Haddad's email to confirm", { selector: '.mantine-InputWrapper-error' })).toBeInTheDocument();
    expect(attempts).toBe(0);

    const email = within(dialog).getByLabelText("Type Noor Haddad's email to confirm");
    await fill(user, email, 'someone@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    expect(await within(dialog).findByText("Does not match the client's email")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/clients/c1');

    await fill(user, email, 'noor@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    expect(await screen.findByRole('heading', { name: 'Clients' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/clients');
    expect(requests(fetchStub).filter((r) => r.operationName === 'EraseClient').map((r) => r.variables)).toEqual([
      { clientId: 'c1', confirmEmail: 'someone@example.com' },
      { clientId: 'c1', confirmEmail: 'noor@example.com' },
    ]);
  });
});
