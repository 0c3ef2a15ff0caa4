import { isPrivateKey } from '@ascend/web/data-access';
import { screen, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch, type StubbedRequest } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { harbour, maren, membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { PRACTICE_KEY, SIGNED_IN_HINT } from './session-store';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

const ridgelineTeam = [
  { membershipId: 'm1', userId: maren.id, name: 'Maren Okafor', email: maren.email, role: 'OWNER', joinedAt: '2026-01-05T10:00:00Z' },
  { membershipId: 'm2', userId: 'u-tom', name: 'Tom Reyes', email: 'tom@ridgeline.example', role: 'COACH', joinedAt: '2026-02-01T10:00:00Z' },
];
const harbourTeam = [
  { membershipId: 'm7', userId: 'u-ines', name: 'Ines Harbour', email: 'ines@harbour.example', role: 'OWNER', joinedAt: '2026-03-01T10:00:00Z' },
  { membershipId: 'm8', userId: maren.id, name: 'Maren Okafor', email: maren.email, role: 'COACH', joinedAt: '2026-03-02T10:00:00Z' },
];

/** Answers in turn, the last one for every later request. */
function inTurn(...answers: ((request: StubbedRequest) => Response)[]) {
  let next = 0;
  return (request: StubbedRequest) => answers[Math.min(next++, answers.length - 1)](request);
}

describe('the session', () => {
  it('is restored once on page load, and every request then carries the token and the practice', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData() }, Team: { team: ridgelineTeam }, Invitations: { invitations: [] } });

    renderRoute('/app/team');

    expect(await screen.findByText('Tom Reyes')).toBeInTheDocument();
    const sent = requests(fetchStub);
    expect(sent.map((r) => r.operationName).sort()).toEqual(['Invitations', 'PracticeStanding', 'RefreshSession', 'Team']);
    expect(sent.find((r) => r.operationName === 'RefreshSession')?.headers).not.toHaveProperty('authorization');
    for (const name of ['Team', 'Invitations', 'PracticeStanding']) {
      expect(sent.find((r) => r.operationName === name)?.headers).toMatchObject({ authorization: 'Bearer access-1', 'x-practice-id': ridgeline.practiceId });
    }
  });

  it('is refreshed once when the API says the token has expired, and the request is sent again', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, {
      RefreshSession: inTurn(
        () => graphQLAnswer({ refreshSession: sessionData({ accessToken: 'access-1' }) }),
        () => graphQLAnswer({ refreshSession: sessionData({ accessToken: 'access-2' }) }),
      ),
      Team: (request) =>
        request.headers.authorization === 'Bearer access-2' ? graphQLAnswer({ team: ridgelineTeam }) : graphQLError('UNAUTHENTICATED', 'Sign in to do this'),
      Invitations: (request) =>
        request.headers.authorization === 'Bearer access-2' ? graphQLAnswer({ invitations: [] }) : graphQLError('UNAUTHENTICATED', 'Sign in to do this'),
    });

    renderRoute('/app/team');

    expect(await screen.findByText('Tom Reyes')).toBeInTheDocument();
    const sent = requests(fetchStub);
    // One refresh on load, one for the expired token, shared by the two requests it failed.
    expect(sent.filter((r) => r.operationName === 'RefreshSession')).toHaveLength(2);
    expect(sent.filter((r) => r.operationName === 'Team').map((r) => r.headers.authorization)).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(sent.filter((r) => r.operationName === 'Invitations').map((r) => r.headers.authorization)).toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  it('ends, and sends the person to sign in, when the refresh is refused too', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, {
      RefreshSession: inTurn(
        () => graphQLAnswer({ refreshSession: sessionData() }),
        () => graphQLError('UNAUTHENTICATED', 'Your session has ended: sign in again'),
      ),
      Team: () => graphQLError('UNAUTHENTICATED', 'Sign in to do this'),
      Invitations: () => graphQLError('UNAUTHENTICATED', 'Sign in to do this'),
      DemoAccounts: { demoAccounts: [] },
    });

    const { router } = renderRoute('/app/team');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Ascend' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fapp%2Fteam');
    expect(localStorage.getItem(SIGNED_IN_HINT)).toBeNull();
  });

  it('works in the remembered practice', async () => {
    rememberSignedIn();
    localStorage.setItem(PRACTICE_KEY, harbour.practiceId);
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'OWNER'), membership(harbour, 'COACH')] }) },
    });

    renderRoute('/app');

    expect(await screen.findByText('Harbour Coaching', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByLabelText('Your role: Coach')).toBeInTheDocument();
  });

  it("switches practice: the next requests name the other practice and the first practice's data disappears at once", async () => {
    rememberSignedIn();
    let answerHarbour: (response: Response) => void = () => {};
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'OWNER'), membership(harbour, 'COACH')] }) },
      Team: (request) =>
        request.headers['x-practice-id'] === harbour.practiceId
          ? new Promise<Response>((resolve) => (answerHarbour = resolve))
          : graphQLAnswer({ team: ridgelineTeam }),
      Invitations: { invitations: [] },
    });

    const { user } = renderRoute('/app/team');
    expect(await screen.findByText('Tom Reyes')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Invite someone' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Practice: Ridgeline Leadership Coaching/ }));
    await user.click(await screen.findByRole('menuitem', { name: /Harbour Coaching/ }));

    // Until Harbour's team arrives, nothing of Ridgeline's is left on screen.
    expect(await screen.findByRole('status', { name: 'Loading the members' })).toBeInTheDocument();
    expect(screen.queryByText('Tom Reyes')).not.toBeInTheDocument();
    expect(screen.getByText(/Everyone at Harbour Coaching/)).toBeInTheDocument();

    answerHarbour(graphQLAnswer({ team: harbourTeam }));
    expect(await screen.findByText('Ines Harbour')).toBeInTheDocument();
    expect(screen.queryByText('Tom Reyes')).not.toBeInTheDocument();
    // A coach at Harbour: no invitations there.
    expect(screen.queryByRole('heading', { name: 'Invite someone' })).not.toBeInTheDocument();

    const teamRequests = requests(fetchStub).filter((r) => r.operationName === 'Team');
    expect(teamRequests.map((r) => r.headers['x-practice-id'])).toEqual([ridgeline.practiceId, harbour.practiceId]);
    expect(requests(fetchStub).filter((r) => r.operationName === 'Invitations')).toHaveLength(1);
    expect(localStorage.getItem(PRACTICE_KEY)).toBe(harbour.practiceId);
  });

  it('offers no practice switcher to people in one practice', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData() } });

    renderRoute('/app');

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Maren' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Switch practice/ })).not.toBeInTheDocument();
  });

  it('ends on sign-out: the API is told, the header offers sign-in again and no private data stays cached', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData() },
      Team: { team: ridgelineTeam },
      Invitations: { invitations: [] },
      SignOut: { signOut: true },
      PublicPractice: { practice: null },
    });

    const { router, user, queryClient } = renderRoute('/app/team');
    expect(await screen.findByText('Tom Reyes')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Account menu of Maren Okafor' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    const header = screen.getByRole('banner');
    expect(await within(header).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(requests(fetchStub).map((r) => r.operationName)).toContain('SignOut');
    expect(localStorage.getItem(SIGNED_IN_HINT)).toBeNull();
    expect(queryClient.getQueryCache().findAll().filter((query) => isPrivateKey(query.queryKey))).toEqual([]);
  });
});
