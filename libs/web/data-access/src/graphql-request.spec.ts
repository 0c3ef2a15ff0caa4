import { TypedDocumentString } from './gql/graphql';
import { GraphQLRequestError, NetworkError, graphqlRequest } from './graphql-request';

const PracticeName = new TypedDocumentString(
  'query PracticeName($slug: String!) { practice(slug: $slug) { name } }',
) as unknown as TypedDocumentString<{ practice: { name: string } | null }, { slug: string }>;

function answer(status: number, body: string, statusText = ''): Response {
  return new Response(body, { status, statusText });
}

let fetchStub: jest.MockedFunction<typeof fetch>;

beforeEach(() => {
  fetchStub = jest.fn();
  globalThis.fetch = fetchStub;
});

describe('graphqlRequest', () => {
  it('posts the operation as JSON to /graphql and resolves with its data', async () => {
    fetchStub.mockResolvedValue(answer(200, JSON.stringify({ data: { practice: { name: 'Ridgeline' } } })));

    await expect(graphqlRequest(PracticeName, { slug: 'ridgeline' })).resolves.toEqual({ practice: { name: 'Ridgeline' } });

    const [url, init] = fetchStub.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(JSON.parse(String(init?.body))).toEqual({
      query: 'query PracticeName($slug: String!) { practice(slug: $slug) { name } }',
      variables: { slug: 'ridgeline' },
    });
  });

  it('adds the headers it is given and sends cookies to its own origin only', async () => {
    fetchStub.mockResolvedValue(answer(200, JSON.stringify({ data: { practice: null } })));

    await graphqlRequest(PracticeName, { slug: 'ridgeline' }, { headers: { authorization: 'Bearer abc' } });

    const init = fetchStub.mock.calls[0][1];
    expect(init?.headers).toEqual({
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: 'Bearer abc',
    });
    expect(init?.credentials).toBe('same-origin');
  });

  it('turns a GraphQL error into a GraphQLRequestError with its code and field problems', async () => {
    fetchStub.mockResolvedValue(
      answer(
        200,
        JSON.stringify({
          data: null,
          errors: [
            {
              message: 'Invalid input: slug must be at most 60 characters',
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'slug', message: 'must be at most 60 characters' }] },
            },
          ],
        }),
      ),
    );

    const error = await graphqlRequest(PracticeName, { slug: 'x'.repeat(61) }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({
      message: 'Invalid input: slug must be at most 60 characters',
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'slug', message: 'must be at most 60 characters' }],
    });
  });

  it('reads GraphQL errors from a non-2xx JSON answer too (Apollo answers 400 to invalid operations)', async () => {
    fetchStub.mockResolvedValue(
      answer(400, JSON.stringify({ errors: [{ message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] })),
    );

    const error = await graphqlRequest(PracticeName, { slug: 'ridgeline' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', fields: [] });
  });

  it('reports an HTTP 500 with an HTML body as a NetworkError carrying the status', async () => {
    fetchStub.mockResolvedValue(answer(500, '<!doctype html><h1>Internal Server Error</h1>', 'Internal Server Error'));

    const error = await graphqlRequest(PracticeName, { slug: 'ridgeline' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ status: 500, message: 'Ascend answered with HTTP 500 Internal Server Error instead of data. Try again in a moment.' });
  });

  it('does not mistake a 200 answer without GraphQL data for success', async () => {
    fetchStub.mockResolvedValue(answer(200, '<!doctype html><title>Ascend</title>'));

    await expect(graphqlRequest(PracticeName, { slug: 'ridgeline' })).rejects.toMatchObject({ name: 'NetworkError', status: 200 });
  });

  it('reports an unreachable server as a NetworkError without a status', async () => {
    const cause = new TypeError('Failed to fetch');
    fetchStub.mockRejectedValue(cause);

    const error = await graphqlRequest(PracticeName, { slug: 'ridgeline' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ status: null, message: 'Could not reach Ascend. Check your connection and try again.', cause });
  });

  it('lets a cancellation through unchanged', async () => {
    const controller = new AbortController();
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    fetchStub.mockImplementation(async () => {
      controller.abort();
      throw abort;
    });

    await expect(graphqlRequest(PracticeName, { slug: 'ridgeline' }, { signal: controller.signal })).rejects.toBe(abort);
    expect(fetchStub.mock.calls[0][1]?.signal).toBe(controller.signal);
  });
});
