import type { Role } from '@ascend/web/data-access';
import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const detail = {
  clientId: 'c-priya',
  name: 'Priya Shah',
  email: 'priya@example.com',
  status: 'ACTIVE',
  timeZone: 'Europe/London',
  goal: { statement: 'Lead the platform group', targetDate: '2027-06-30' },
  methodStep: 'ACCOUNTABILITY',
  stepsDone: 5,
  streakWeeks: 2,
  flags: ['NEW_CHECK_IN'],
  progressSeries: [
    { weekStart: '2026-11-02', progress: 3, energy: 2 },
    { weekStart: '2026-11-16', progress: 7, energy: 4 },
  ],
};

const checkIn = {
  id: 'ci-16',
  weekStart: '2026-11-16',
  progress: 7,
  energy: 4,
  wins: 'Shipped the roadmap',
  defaultedToDoing: '',
  declinedOrDelegated: 'Handed the incident review to Sam',
  strategicWork: '',
  impactMadeLegible: '',
  nextCommitments: '',
  late: false,
  submittedAt: '2026-11-20T10:00:00Z',
  acknowledgedAt: null,
  coachReply: null,
  repliedAt: null,
  repliedByName: null,
};

const note = { id: 'n1', heldOn: '2026-11-10', body: 'Rescuing the team less', authorName: 'Tom Reyes', updatedAt: '2026-11-10T10:00:00Z' };
const item = { id: 'a1', clientId: 'c-priya', title: 'Hand the budget review to Sam', owner: 'CLIENT', dueOn: '2026-12-01', status: 'OPEN', createdByName: 'Tom Reyes', completedAt: null };

function renderDetail(role: Role, answers: Record<string, OperationAnswer> = {}) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, role)] }) },
    ClientDetail: { clientDetail: detail },
    ClientCheckIns: { clientCheckIns: { nodes: [checkIn], endCursor: null, hasNextPage: false } },
    SessionNotes: { sessionNotes: [note] },
    ClientActionItems: { actionItems: [item] },
    ...answers,
  });
  return renderRoute('/app/clients/c-priya');
}

const region = (name: string) => within(screen.getByRole('region', { name }));

describe('client detail', () => {
  it('shows the header, the chart with its figures in words, check-ins, notes and action items', async () => {
    renderDetail('COACH');

    expect(await screen.findByRole('heading', { level: 1, name: 'Priya Shah' })).toBeInTheDocument();
    expect(screen.getByText('Lead the platform group')).toBeInTheDocument();
    expect(screen.getByText(/All 5 steps done · streak 2 weeks/)).toBeInTheDocument();
    const progress = region('Progress and energy over time');
    expect(progress.getByRole('img', { name: 'Progress and energy over time' })).toBeInTheDocument();
    expect(progress.getByText(/Progress went from 3 to 7 out of 10 over 2 check-ins/)).toBeInTheDocument();
    expect(progress.getByRole('table', { name: 'Progress and energy by week' })).toBeInTheDocument();

    const checkIns = region('Check-ins');
    expect(await checkIns.findByText('Shipped the roadmap')).toBeInTheDocument();
    expect(checkIns.getByText('Handed the incident review to Sam')).toBeInTheDocument();
    expect(checkIns.getByText('New')).toBeInTheDocument();
    expect(await region('Session notes').findByText('Rescuing the team less')).toBeInTheDocument();
    expect(await region('Action items').findByText('Hand the budget review to Sam')).toBeInTheDocument();
    // Privacy is for owners and admins.
    expect(screen.queryByRole('heading', { name: 'Privacy' })).not.toBeInTheDocument();
  });

  it('acknowledges a check-in and replies to it', async () => {
    let replied = false;
    const { user } = renderDetail('COACH', {
      AcknowledgeCheckIn: { acknowledgeCheckIn: { ...checkIn, acknowledgedAt: '2026-11-21T10:00:00Z' } },
      ReplyToCheckIn: () => {
        replied = true;
        return graphQLAnswer({ replyToCheckIn: { ...checkIn, coachReply: 'Great delegation', repliedByName: 'Tom Reyes' } });
      },
      ClientCheckIns: () =>
        graphQLAnswer({
          clientCheckIns: {
            nodes: [replied ? { ...checkIn, acknowledgedAt: '2026-11-21T10:00:00Z', coachReply: 'Great delegation', repliedAt: '2026-11-21T10:00:00Z', repliedByName: 'Tom Reyes' } : checkIn],
            endCursor: null,
            hasNextPage: false,
          },
        }),
    });

    await user.click(await screen.findByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(requests(fetchStub).find((r) => r.operationName === 'AcknowledgeCheckIn')?.variables).toEqual({ id: 'ci-16' }));

    await fill(user, screen.getByLabelText('Your reply'), 'Great delegation');
    await user.click(screen.getByRole('button', { name: 'Send the reply' }));
    expect(await region('Check-ins').findByText('Great delegation')).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'ReplyToCheckIn')?.variables).toEqual({ id: 'ci-16', reply: 'Great delegation' });
  });

  it('adds and edits session notes', async () => {
    const { user } = renderDetail('COACH', {
      AddSessionNote: { addSessionNote: { ...note, id: 'n2', heldOn: '2026-11-24', body: 'Planned the offsite' } },
      UpdateSessionNote: { updateSessionNote: { ...note, body: 'Rescuing less, delegating more' } },
    });
    await screen.findByRole('heading', { level: 1, name: 'Priya Shah' });
    const notes = region('Session notes');
    await notes.findByText('Rescuing the team less');

    const addForm = within(screen.getByRole('form', { name: 'Add a session note' }));
    await fill(user, addForm.getByLabelText(/^Session day/), '2026-11-24');
    await fill(user, addForm.getByLabelText(/^New note/), 'Planned the offsite');
    await user.click(addForm.getByRole('button', { name: 'Add the note' }));
    await waitFor(() =>
      expect(requests(fetchStub).find((r) => r.operationName === 'AddSessionNote')?.variables).toEqual({
        input: { clientId: 'c-priya', heldOn: '2026-11-24', body: 'Planned the offsite' },
      }),
    );

    await user.click(notes.getByRole('button', { name: /Edit the note of/ }));
    const editForm = within(screen.getByRole('form', { name: 'Edit the session note' }));
    await fill(user, editForm.getByLabelText(/^Note/), 'Rescuing less, delegating more');
    await user.click(editForm.getByRole('button', { name: 'Save the note' }));
    await waitFor(() =>
      expect(requests(fetchStub).find((r) => r.operationName === 'UpdateSessionNote')?.variables).toEqual({
        input: { id: 'n1', heldOn: '2026-11-10', body: 'Rescuing less, delegating more' },
      }),
    );
  });

  it('adds an action item and changes the status of one', async () => {
    const { user } = renderDetail('OWNER', {
      AddActionItem: { addActionItem: { ...item, id: 'a2', title: 'Send the article', owner: 'COACH', dueOn: null } },
      UpdateActionItem: { updateActionItem: { ...item, status: 'DONE' } },
    });
    await screen.findByRole('heading', { level: 1, name: 'Priya Shah' });
    const items = region('Action items');
    await items.findByText('Hand the budget review to Sam');

    await user.selectOptions(items.getByRole('combobox', { name: 'Status of Hand the budget review to Sam' }), 'DONE');
    await waitFor(() =>
      expect(requests(fetchStub).find((r) => r.operationName === 'UpdateActionItem')?.variables).toEqual({ input: { id: 'a1', status: 'DONE' } }),
    );

    await fill(user, items.getByLabelText(/^New action item/), 'Send the article');
    await user.selectOptions(items.getByRole('combobox', { name: 'Whose' }), 'COACH');
    await user.click(items.getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(requests(fetchStub).find((r) => r.operationName === 'AddActionItem')?.variables).toEqual({
        input: { clientId: 'c-priya', title: 'Send the article', owner: 'COACH', dueOn: null },
      }),
    );
    // Owners see the privacy panel.
    expect(screen.getByRole('heading', { name: 'Privacy' })).toBeInTheDocument();
  });
});
