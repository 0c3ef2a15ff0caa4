import type { TypedDocumentString } from './gql/graphql';
import { type Arguments, GraphQLRequestError, postOperation } from './graphql-request';

export const PRACTICE_HEADER = 'x-practice-id';

/** What the client needs from the signed-in session; the web app's session store provides it. */
export interface SessionSource {
  /** The access token to send, or null when nobody is signed in. */
  accessToken(): string | null;
  /** The practice that tenant operations act on, or null when none is selected. */
  practiceId(): string | null;
  /** Called when the API refused `rejected`: a token to retry with, or null when the session has ended. */
  renewAccessToken(rejected: string): Promise<string | null>;
}

export interface ClientRequestOptions {
  signal?: AbortSignal;
  /**
   * The practice to act on instead of the selected one. Queries pass the practice their key names, so a request
   * that started before a practice switch cannot fill practice B's cache with practice A's data.
   */
  practiceId?: string | null;
}

export interface GraphQLClient {
  request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...args: Arguments<TVariables, ClientRequestOptions>
  ): Promise<TResult>;
}

/**
 * graphqlRequest with the session's headers: `authorization` with the access token and `x-practice-id` with the
 * practice. An UNAUTHENTICATED answer to a request that carried a token means the token expired or was revoked:
 * the client renews it once and retries once, so callers never see an expiry the refresh cookie can fix.
 */
export function createGraphQLClient(session: SessionSource): GraphQLClient {
  function headers(token: string | null, practiceId: string | null): Record<string, string> {
    return {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(practiceId ? { [PRACTICE_HEADER]: practiceId } : {}),
    };
  }

  return {
    async request<TResult, TVariables>(
      document: TypedDocumentString<TResult, TVariables>,
      ...[variables, options]: Arguments<TVariables, ClientRequestOptions>
    ): Promise<TResult> {
      const practiceId = options?.practiceId === undefined ? session.practiceId() : options.practiceId;
      const send = (token: string | null) =>
        postOperation<TResult>(document.toString(), variables, { signal: options?.signal, headers: headers(token, practiceId) });

      const token = session.accessToken();
      try {
        return await send(token);
      } catch (error) {
        if (!token || !(error instanceof GraphQLRequestError) || error.code !== 'UNAUTHENTICATED') throw error;
        const renewed = await session.renewAccessToken(token);
        if (!renewed) throw error;
        return send(renewed);
      }
    },
  };
}
