import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { harbour, membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { PRACTICE_KEY, SIGNED_IN_HINT, SessionStore } from './session-store';

let fetchStub: ReturnType<typeof stubFetch>;
let onSignedOut: jest.Mock;
let store: SessionStore;

beforeEach(() => {
  fetchStub = stubFetch();
  onSignedOut = jest.fn();
  store = new SessionStore(onSignedOut);
});

afterEach(() => {
  store.stop();
  jest.useRealTimers();
});

function refreshes(): number {
  return requests(fetchStub).filter((r) => r.operationName === 'RefreshSession').length;
}

async function signedIn() {
  await new Promise<void>((resolve) => {
    const stop = store.subscribe(() => {
      if (store.getState().status === 'signed-in') {
        stop();
        resolve();
      }
    });
  });
}

describe('SessionStore', () => {
  it('is signed out at once, without a request, in a browser that never signed in', () => {
    store.start();

    expect(store.getState()).toEqual({ status: 'signed-out' });
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('restores the session once, however often it is started (React runs effects twice in development)', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData() } });

    store.start();
    store.stop();
    store.start();
    await signedIn();

    expect(refreshes()).toBe(1);
    expect(store.accessToken()).toBe('access-1');
    expect(store.practiceId()).toBe(ridgeline.practiceId);
  });

  it('refreshes a minute before the access token expires', async () => {
    jest.useFakeTimers();
    rememberSignedIn();
    let issued = 0;
    answerOperations(fetchStub, { RefreshSession: () => graphQLAnswer({ refreshSession: sessionData({ accessToken: `access-${++issued}` }) }) });

    store.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(store.accessToken()).toBe('access-1');

    await jest.advanceTimersByTimeAsync(13 * 60_000 + 58_000);
    expect(refreshes()).toBe(1);
    await jest.advanceTimersByTimeAsync(3_000);
    expect(refreshes()).toBe(2);
    expect(store.accessToken()).toBe('access-2');

    // And again for the new token.
    await jest.advanceTimersByTimeAsync(14 * 60_000);
    expect(store.accessToken()).toBe('access-3');
  });

  it('tries again soon when a timed refresh cannot reach the API, keeping the session meanwhile', async () => {
    jest.useFakeTimers();
    store.start();
    store.signedIn(sessionData());
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData() } });
    fetchStub.mockRejectedValueOnce(new TypeError('Failed to fetch'));

    await jest.advanceTimersByTimeAsync(14 * 60_000 + 1_000);
    expect(refreshes()).toBe(1);
    expect(store.getState().status).toBe('signed-in');

    await jest.advanceTimersByTimeAsync(30_000);
    expect(refreshes()).toBe(2);
    expect(store.getState().status).toBe('signed-in');
  });

  it('shares one refresh between requests refused at the same time, and skips it for a token already replaced', async () => {
    store.start();
    store.signedIn(sessionData({ accessToken: 'access-1' }));
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData({ accessToken: 'access-2' }) } });

    const renewed = await Promise.all([store.renewAccessToken('access-1'), store.renewAccessToken('access-1')]);
    const late = await store.renewAccessToken('access-1');

    expect(renewed).toEqual(['access-2', 'access-2']);
    expect(late).toBe('access-2');
    expect(refreshes()).toBe(1);
  });

  it('ends the session when the refresh cookie is refused', async () => {
    store.start();
    store.signedIn(sessionData());
    answerOperations(fetchStub, { RefreshSession: () => graphQLError('UNAUTHENTICATED', 'Your session has ended: sign in again') });

    await expect(store.renewAccessToken('access-1')).resolves.toBeNull();

    expect(store.getState()).toEqual({ status: 'signed-out' });
    expect(store.accessToken()).toBeNull();
    expect(localStorage.getItem(SIGNED_IN_HINT)).toBeNull();
    expect(onSignedOut).toHaveBeenCalledTimes(1);
  });

  it('signs out here at once and revokes the cookie on the API', async () => {
    store.start();
    store.signedIn(sessionData());
    answerOperations(fetchStub, { SignOut: { signOut: true } });

    await store.signOut();

    expect(store.getState()).toEqual({ status: 'signed-out' });
    expect(store.accessToken()).toBeNull();
    expect(onSignedOut).toHaveBeenCalledTimes(1);
    expect(requests(fetchStub).map((r) => r.operationName)).toEqual(['SignOut']);
  });

  it('does not let a refresh answered after sign-out sign the person back in', async () => {
    store.start();
    store.signedIn(sessionData());
    let answerRefresh: (response: Response) => void = () => {};
    answerOperations(fetchStub, { RefreshSession: () => new Promise<Response>((resolve) => (answerRefresh = resolve)), SignOut: { signOut: true } });

    const renewal = store.renewAccessToken('access-1');
    await store.signOut();
    answerRefresh(graphQLAnswer({ refreshSession: sessionData({ accessToken: 'access-2' }) }));

    await expect(renewal).resolves.toBeNull();
    expect(store.getState()).toEqual({ status: 'signed-out' });
  });

  it('signs out when another tab does', () => {
    store.start();
    store.signedIn(sessionData());

    window.dispatchEvent(new StorageEvent('storage', { key: SIGNED_IN_HINT, oldValue: '1', newValue: null }));

    expect(store.getState()).toEqual({ status: 'signed-out' });
  });

  it('selects the first practice, remembers a switch, and ignores practices the person is not in', () => {
    store.start();
    store.signedIn(sessionData({ memberships: [membership(ridgeline, 'OWNER'), membership(harbour, 'COACH')] }));
    expect(store.practiceId()).toBe(ridgeline.practiceId);

    store.selectPractice(harbour.practiceId);
    expect(store.practiceId()).toBe(harbour.practiceId);
    expect(localStorage.getItem(PRACTICE_KEY)).toBe(harbour.practiceId);

    store.selectPractice('not-a-member');
    expect(store.practiceId()).toBe(harbour.practiceId);
  });

  it('keeps the practice this tab works in when a refresh comes back', async () => {
    const both = { memberships: [membership(ridgeline, 'OWNER'), membership(harbour, 'COACH')] };
    store.start();
    store.signedIn(sessionData(both));
    store.selectPractice(harbour.practiceId);
    // Another tab switched back meanwhile.
    localStorage.setItem(PRACTICE_KEY, ridgeline.practiceId);
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData({ ...both, accessToken: 'access-2' }) } });

    await store.renewAccessToken('access-1');

    expect(store.practiceId()).toBe(harbour.practiceId);
  });
});
