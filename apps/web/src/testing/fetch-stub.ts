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

/** The GraphQL variables of the stub's n-th request. */
export function requestVariables(stub: jest.MockedFunction<typeof fetch>, call = 0): unknown {
  return JSON.parse(String(stub.mock.calls[call][1]?.body)).variables;
}
