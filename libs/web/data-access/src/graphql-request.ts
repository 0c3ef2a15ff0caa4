import type { TypedDocumentString } from './gql/graphql';

const GRAPHQL_ENDPOINT = '/graphql';

/** One invalid input field, as the API names it (e.g. `input.email`). */
export interface FieldError {
  field: string;
  message: string;
}

/** The API understood the request and refused it: the first GraphQL error, with its code and field problems. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    message: string,
    readonly code: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

/** No GraphQL answer came back: the server was unreachable, or answered with something that is not GraphQL. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';

  constructor(
    message: string,
    /** The HTTP status when the server answered, null when it could not be reached. */
    readonly status: number | null,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Sent along with the JSON headers, e.g. the bearer token and the practice. */
  headers?: Record<string, string>;
}

/** Variables may be left out only when the operation has none. */
export type Arguments<TVariables, TOptions = RequestOptions> =
  TVariables extends Record<string, never>
    ? [variables?: TVariables, options?: TOptions]
    : [variables: TVariables, options?: TOptions];

const UNREACHABLE = 'Could not reach Ascend. Check your connection and try again.';

/**
 * Runs one typed operation against the API. Resolves with `data`; rejects with GraphQLRequestError when the
 * answer carries errors (partial data included: no screen uses partial results yet) and with NetworkError otherwise.
 */
export function graphqlRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, options]: Arguments<TVariables>
): Promise<TResult> {
  return postOperation<TResult>(document.toString(), variables, options);
}

/** graphqlRequest without the typing, for wrappers that have already checked the arguments against the document. */
export async function postOperation<TResult>(query: string, variables: unknown, options?: RequestOptions): Promise<TResult> {
  const signal = options?.signal;
  let status: number;
  let statusText: string;
  let text: string;
  try {
    const response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options?.headers },
      body: JSON.stringify({ query, variables }),
      // The refresh cookie is scoped to /graphql and travels only with same-origin requests.
      credentials: 'same-origin',
      signal,
    });
    ({ status, statusText } = response);
    text = await response.text();
  } catch (error) {
    // A cancelled request is React Query's business (it aborts queries nobody needs any more), not a failure.
    if (signal?.aborted) throw error;
    throw new NetworkError(UNREACHABLE, null, { cause: error });
  }

  const body = parseJson(text);
  if (isObject(body) && Array.isArray(body.errors) && body.errors.length > 0) {
    throw toRequestError(body.errors[0]);
  }
  if (status >= 200 && status < 300 && isObject(body) && isObject(body.data)) {
    return body.data as TResult;
  }
  throw new NetworkError(
    `Ascend answered with HTTP ${status}${statusText ? ` ${statusText}` : ''} instead of data. Try again in a moment.`,
    status,
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toRequestError(error: unknown): GraphQLRequestError {
  const message = isObject(error) && typeof error.message === 'string' ? error.message : 'The request failed';
  const extensions = isObject(error) && isObject(error.extensions) ? error.extensions : {};
  const code = typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN';
  const fields = Array.isArray(extensions.fields) ? extensions.fields.filter(isFieldError) : [];
  return new GraphQLRequestError(message, code, fields);
}

function isFieldError(value: unknown): value is FieldError {
  return isObject(value) && typeof value.field === 'string' && typeof value.message === 'string';
}
