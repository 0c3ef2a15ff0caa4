import { createGraphQLClient, type GraphQLClient, isPrivateKey } from '@ascend/web/data-access';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { type Membership, type SessionState, SessionStore, type Viewer } from './session-store';

interface Auth {
  store: SessionStore;
  api: GraphQLClient;
}

const AuthContext = createContext<Auth | null>(null);

/** Holds the page's session and the GraphQL client that sends it; restores the session when the app starts. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [auth] = useState<Auth>(() => {
    const store = new SessionStore(() => queryClient.removeQueries({ predicate: (query) => isPrivateKey(query.queryKey) }));
    const api = createGraphQLClient({
      accessToken: () => store.accessToken(),
      practiceId: () => store.practiceId(),
      renewAccessToken: store.renewAccessToken,
    });
    return { store, api };
  });

  useEffect(() => {
    auth.store.start();
    return () => auth.store.stop();
  }, [auth]);

  return <AuthContext value={auth}>{children}</AuthContext>;
}

function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an AuthProvider above it');
  return auth;
}

/** The session's actions: sign in and out, switch practice, take news about the account. */
export function useSessionStore(): SessionStore {
  return useAuth().store;
}

export function useSession(): SessionState {
  const { store } = useAuth();
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** The GraphQL client that sends the access token and the selected practice. */
export function useApi(): GraphQLClient {
  return useAuth().api;
}

/** The signed-in viewer and practice; only for pages behind RequireSession. */
export function useSignedIn(): { viewer: Viewer; practice: Membership | null } {
  const session = useSession();
  if (session.status !== 'signed-in') throw new Error('useSignedIn is for pages only signed-in people reach');
  return session;
}

/** The practice the person works in; only for pages behind RequireRole. */
export function useCurrentPractice(): Membership {
  const { practice } = useSignedIn();
  if (!practice) throw new Error('useCurrentPractice is for pages only members of a practice reach');
  return practice;
}
