/**
 * Replaces `fetch` for one test file: the app's code runs unchanged down to the network call, and each test
 * queues the answers the API would give.
 */
export function stubFetch(): jest.MockedFunction<typeof fetch> {
  const stub = jest.fn<ReturnType<typeof fetch>, Parameters<typeof fetch>>();
  globalThis.fetch = stub;
  return stub;
}

export function graphQLAnswer(data: unknown): Response {
  return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
}

/** The API refusing a request, as its error formatter words it. */
export function graphQLError(code: string, message: string, fields?: { field: string; message: string }[]): Response {
  return new Response(JSON.stringify({ data: null, errors: [{ message, extensions: { code, ...(fields ? { fields } : {}) } }] }), {
    headers: { 'content-type': 'application/json' },
  });
}

/** The GraphQL variables of the stub's n-th request. */
export function requestVariables(stub: jest.MockedFunction<typeof fetch>, call = 0): unknown {
  return JSON.parse(String(stub.mock.calls[call][1]?.body)).variables;
}

export interface StubbedRequest {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

function parseRequest(init: RequestInit | undefined): StubbedRequest {
  const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> };
  return {
    operationName: /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '(anonymous)',
    variables: variables ?? {},
    headers: (init?.headers ?? {}) as Record<string, string>,
  };
}

/** Every request the stub received, by operation name, with its variables and headers. */
export function requests(stub: jest.MockedFunction<typeof fetch>): StubbedRequest[] {
  return stub.mock.calls.map(([, init]) => parseRequest(init));
}

/** What the API answers to one operation: its data, or a function of the request for errors and sequences. */
export type OperationAnswer = Record<string, unknown> | ((request: StubbedRequest) => Response | Promise<Response>);

/**
 * Answers each request by its operation name, so a page's requests can come in any order. An operation
 * without an answer gets an HTTP 500 naming it, which the page shows and the test's failure message includes.
 */
export function answerOperations(stub: jest.MockedFunction<typeof fetch>, answers: Record<string, OperationAnswer>) {
  stub.mockImplementation(async (_url, init) => {
    const request = parseRequest(init);
    if (!(request.operationName in answers)) {
      return new Response('', { status: 500, statusText: `No stubbed answer for ${request.operationName}` });
    }
    const answer = answers[request.operationName];
    return typeof answer === 'function' ? answer(request) : graphQLAnswer(answer);
  });
}
