import { createQueryClient } from '@ascend/web/data-access';
import { AppProviders } from '@ascend/web/ui';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { preloadAllLazyComponents } from '../../app/lazy-component';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { AuthProvider } from '../auth/auth-provider';
import { RequireRole, RequireSession } from '../auth/route-guards';
import { actionItemRoutes } from './action-item-routes';

let fetchStub: ReturnType<typeof stubFetch>;

beforeAll(preloadAllLazyComponents);
beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const mine = { id: 'a1', clientId: 'c-priya', title: 'Hand the budget review to Sam', owner: 'CLIENT', dueOn: '2026-12-01', status: 'OPEN', createdByName: 'Tom Reyes', completedAt: null };
const coachs = { ...mine, id: 'a2', title: 'Introduce the sponsor', owner: 'COACH', dueOn: null };

/** The page under the guards routes.tsx puts portal pages behind (the lead wires actionItemRoutes there). */
function renderActions(answers: Record<string, OperationAnswer>) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'CLIENT')] }) },
    ...answers,
  });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const routes = [{ path: 'app', element: <RequireSession />, children: [{ element: <RequireRole permission="useClientPortal" />, children: actionItemRoutes }] }];
  const router = createMemoryRouter(routes, { initialEntries: ['/app/portal/actions'] });
  const user = userEvent.setup();
  render(
    <AppProviders queryClient={queryClient}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </AppProviders>,
  );
  return { user };
}

describe("the client's action items", () => {
  it("lists their items and their coach's, and ticks their own done", async () => {
    let done = false;
    const { user } = renderActions({
      MyActionItems: () => graphQLAnswer({ myActionItems: [{ ...mine, status: done ? 'DONE' : 'OPEN' }, coachs] }),
      UpdateActionItem: () => {
        done = true;
        return graphQLAnswer({ updateActionItem: { ...mine, status: 'DONE' } });
      },
    });

    const own = await screen.findByRole('checkbox', { name: 'Hand the budget review to Sam: done' });
    expect(screen.getByRole('checkbox', { name: 'Introduce the sponsor: done' })).toBeDisabled();
    expect(screen.getByText('Your coach')).toBeInTheDocument();
    await user.click(own);
    expect(requests(fetchStub).find((r) => r.operationName === 'UpdateActionItem')?.variables).toEqual({ input: { id: 'a1', status: 'DONE' } });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Hand the budget review to Sam: done' })).toBeChecked());
  });

  it('adds an item of their own, and shows a refusal under the field it names', async () => {
    const { user } = renderActions({
      MyActionItems: { myActionItems: [] },
      AddActionItem: () => graphQLError('BAD_USER_INPUT', 'Invalid input', [{ field: 'input.dueOn', message: 'must be a date written YYYY-MM-DD' }]),
    });

    expect(await screen.findByText(/No action items yet/)).toBeInTheDocument();
    const form = within(screen.getByRole('form', { name: 'Add an action item' }));
    expect(form.queryByRole('combobox', { name: 'Whose' })).not.toBeInTheDocument();
    await fill(user, form.getByLabelText(/^New action item/), 'Block two hours for strategy');
    await user.click(form.getByRole('button', { name: 'Add' }));
    expect(await form.findByText('Must be a date written YYYY-MM-DD')).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'AddActionItem')?.variables).toEqual({
      input: { title: 'Block two hours for strategy', owner: 'CLIENT', dueOn: null },
    });
  });
});
