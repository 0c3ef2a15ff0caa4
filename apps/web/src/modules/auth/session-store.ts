import { GraphQLRequestError, graphqlRequest, type SessionFieldsFragment, type ViewerFieldsFragment } from '@ascend/web/data-access';
import { RefreshSessionMutation, SignOutMutation } from './session-documents';

export type Viewer = ViewerFieldsFragment;
export type Account = Viewer['account'];
export type Membership = Viewer['memberships'][number];

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-out' }
  /** The session could not be checked (the API was unreachable); it may well still exist. */
  | { status: 'unavailable'; error: Error }
  | { status: 'signed-in'; viewer: Viewer; practice: Membership | null };

/**
 * Not secret: says only that this browser signed in, so visitors who never did are not sent a refresh request
 * on every page. The session itself is the HttpOnly cookie.
 */
export const SIGNED_IN_HINT = 'ascend.signedIn';
/** The practice the person works in, remembered by id across visits. */
export const PRACTICE_KEY = 'ascend.practiceId';

const REFRESH_BEFORE_EXPIRY_MS = 60_000;
// A floor for the refresh timer: a browser clock ahead of the server's must not turn refreshing into a loop.
const MIN_REFRESH_DELAY_MS = 30_000;
const REFRESH_LOCK = 'ascend-session-refresh';

/**
 * The signed-in session of this page: the access token (in memory only), the viewer and the selected practice.
 * Outside React so the GraphQL client can read the token at request time; components subscribe to its state.
 */
export class SessionStore {
  private state: SessionState = { status: 'restoring' };
  private token: string | null = null;
  private expiresAt = Number.NaN;
  private readonly listeners = new Set<() => void>();
  private renewal: Promise<string | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private restoreStarted = false;
  // Bumped when the session ends, so a refresh answered after a sign-out cannot sign the person back in.
  private generation = 0;

  /** `onSignedOut` drops what the person could see: the app clears its private cache there. */
  constructor(private readonly onSignedOut: () => void) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  accessToken(): string | null {
    return this.token;
  }

  practiceId(): string | null {
    return this.state.status === 'signed-in' ? (this.state.practice?.practiceId ?? null) : null;
  }

  /** Restores the session once per page and keeps it fresh until `stop`. Safe to call again after `stop`. */
  start() {
    this.running = true;
    window.addEventListener('storage', this.onStorage);
    if (this.restoreStarted) {
      this.scheduleRefresh();
    } else {
      this.restoreStarted = true;
      void this.restore();
    }
  }

  stop() {
    this.running = false;
    window.removeEventListener('storage', this.onStorage);
    clearTimeout(this.timer);
  }

  /** Trades the refresh cookie for a session, once; also the Retry after the API could not be reached. */
  async restore(): Promise<void> {
    if (localStorage.getItem(SIGNED_IN_HINT) === null) {
      this.set({ status: 'signed-out' });
      return;
    }
    this.set({ status: 'restoring' });
    try {
      await this.renew();
    } catch (error) {
      this.set({ status: 'unavailable', error: error instanceof Error ? error : new Error(String(error)) });
    }
  }

  /** For the GraphQL client: a token to retry with after the API refused `rejected`, or null when signed out. */
  renewAccessToken = async (rejected: string): Promise<string | null> => {
    if (this.state.status !== 'signed-in') return null;
    // Another request already renewed the token this one was sent with.
    if (this.token && this.token !== rejected) return this.token;
    return this.renew();
  };

  selectPractice(practiceId: string) {
    if (this.state.status !== 'signed-in') return;
    const practice = this.state.viewer.memberships.find((m) => m.practiceId === practiceId);
    if (!practice) return;
    localStorage.setItem(PRACTICE_KEY, practiceId);
    this.set({ ...this.state, practice });
  }

  /** Takes news about the signed-in account, such as a confirmed email. */
  updateAccount(account: Account) {
    if (this.state.status !== 'signed-in' || this.state.viewer.account.id !== account.id) return;
    this.set({ ...this.state, viewer: { ...this.state.viewer, account } });
  }

  /** Takes news about the viewer's memberships, such as a role the person changed themselves. */
  updateViewer(viewer: Viewer) {
    if (this.state.status !== 'signed-in' || this.state.viewer.account.id !== viewer.account.id) return;
    const practice = viewer.memberships.find((m) => m.practiceId === this.practiceId()) ?? viewer.memberships[0] ?? null;
    this.set({ status: 'signed-in', viewer, practice });
  }

  /** Ends the session here at once, then revokes the refresh cookie on the API. */
  async signOut(): Promise<void> {
    this.end();
    try {
      await graphqlRequest(SignOutMutation);
    } catch {
      // Nothing to undo: this page holds no session any more, and the cookie's token expires on its own.
    }
  }

  /** Ends the session on this page only, when the API has already ended it (the account was deleted). */
  endHere() {
    this.end();
  }

  /** Takes a session the API started or refreshed; `preferred` names the practice to open (an invitation's). */
  signedIn(session: SessionFieldsFragment, preferred?: string) {
    const { memberships } = session.viewer;
    // The practice asked for, else the one this page works in (another tab may have chosen another), else the remembered one.
    const candidates = [preferred, this.practiceId(), localStorage.getItem(PRACTICE_KEY)];
    const practice = candidates.map((id) => memberships.find((m) => m.practiceId === id)).find(Boolean) ?? memberships[0] ?? null;
    if (preferred && practice?.practiceId === preferred) localStorage.setItem(PRACTICE_KEY, preferred);
    this.token = session.accessToken;
    this.expiresAt = Date.parse(session.accessTokenExpiresAt);
    localStorage.setItem(SIGNED_IN_HINT, '1');
    this.set({ status: 'signed-in', viewer: session.viewer, practice });
    this.scheduleRefresh();
  }

  /** One refresh at a time: concurrent callers share it. */
  private renew(): Promise<string | null> {
    if (this.renewal) return this.renewal;
    const generation = this.generation;
    this.renewal = withRefreshLock(() => graphqlRequest(RefreshSessionMutation))
      .then(
        ({ refreshSession }) => {
          if (generation !== this.generation) return null;
          this.signedIn(refreshSession);
          return refreshSession.accessToken;
        },
        (error: unknown) => {
          if (!(error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED')) throw error;
          if (generation === this.generation) this.end();
          return null;
        },
      )
      .finally(() => {
        this.renewal = null;
      });
    return this.renewal;
  }

  private end() {
    this.generation++;
    const wasSignedIn = this.state.status === 'signed-in';
    this.token = null;
    clearTimeout(this.timer);
    localStorage.removeItem(SIGNED_IN_HINT);
    this.set({ status: 'signed-out' });
    if (wasSignedIn) this.onSignedOut();
  }

  private scheduleRefresh(delay = this.expiresAt - Date.now() - REFRESH_BEFORE_EXPIRY_MS) {
    clearTimeout(this.timer);
    if (!this.running || this.state.status !== 'signed-in') return;
    const wait = Number.isFinite(delay) ? Math.max(delay, MIN_REFRESH_DELAY_MS) : MIN_REFRESH_DELAY_MS;
    // A failed refresh (the API unreachable for a moment) tries again; the token may still have a while to run.
    this.timer = setTimeout(() => this.renew().catch(() => this.scheduleRefresh(MIN_REFRESH_DELAY_MS)), wait);
  }

  /** Another tab signed out: the cookie is gone, so this tab's session is over too. */
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === SIGNED_IN_HINT && event.newValue === null && this.state.status === 'signed-in') this.end();
  };

  private set(state: SessionState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

/**
 * A refresh token works once, and the API treats a second use as theft and ends the session. Tabs share the
 * cookie, so they take turns: each refreshes with the cookie the previous one left behind.
 */
function withRefreshLock<T>(refresh: () => Promise<T>): Promise<T> {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request(REFRESH_LOCK, refresh) : refresh();
}
