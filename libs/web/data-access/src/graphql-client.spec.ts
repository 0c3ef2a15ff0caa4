import { createGraphQLClient, type SessionSource } from './graphql-client';
import { TypedDocumentString } from './gql/graphql';
import { GraphQLRequestError, NetworkError } from './graphql-request';

const TeamNames = new TypedDocumentString('query TeamNames { team { name } }') as unknown as TypedDocumentString<
  { team: { name: string }[] },
  Record<string, never>
>;

const team = { team: [{ name: 'Maren Okafor' }] };

function data(body: unknown): Response {
  return new Response(JSON.stringify({ data: body }));
}

function unauthenticated(): Response {
  return new Response(JSON.stringify({ data: null, errors: [{ message: 'Sign in to do this', extensions: { code: 'UNAUTHENTICATED' } }] }));
}

function headersOf(call: number): Record<string, string> {
  return fetchStub.mock.calls[call][1]?.headers as Record<string, string>;
}

let fetchStub: jest.MockedFunction<typeof fetch>;
let session: jest.Mocked<SessionSource>;

beforeEach(() => {
  fetchStub = jest.fn();
  globalThis.fetch = fetchStub;
  session = {
    accessToken: jest.fn((): string | null => 'token-1'),
    practiceId: jest.fn((): string | null => 'practice-a'),
    renewAccessToken: jest.fn(async (_rejected: string): Promise<string | null> => 'token-2'),
  };
});

describe('createGraphQLClient', () => {
  it('sends the access token and the selected practice with every request', async () => {
    fetchStub.mockResolvedValue(data(team));

    await expect(createGraphQLClient(session).request(TeamNames)).resolves.toEqual(team);

    expect(headersOf(0)).toMatchObject({ authorization: 'Bearer token-1', 'x-practice-id': 'practice-a' });
  });

  it('sends the practice a request names over the selected one', async () => {
    fetchStub.mockResolvedValue(data(team));

    await createGraphQLClient(session).request(TeamNames, {}, { practiceId: 'practice-b' });

    expect(headersOf(0)).toMatchObject({ 'x-practice-id': 'practice-b' });
  });

  it('sends neither header when signed out with no practice', async () => {
    session.accessToken.mockReturnValue(null);
    session.practiceId.mockReturnValue(null);
    fetchStub.mockResolvedValue(data(team));

    await createGraphQLClient(session).request(TeamNames);

    expect(headersOf(0)).not.toHaveProperty('authorization');
    expect(headersOf(0)).not.toHaveProperty('x-practice-id');
  });

  it('renews the token once on UNAUTHENTICATED and retries once with the new token', async () => {
    fetchStub.mockResolvedValueOnce(unauthenticated()).mockResolvedValueOnce(data(team));

    await expect(createGraphQLClient(session).request(TeamNames)).resolves.toEqual(team);

    expect(session.renewAccessToken).toHaveBeenCalledTimes(1);
    expect(session.renewAccessToken).toHaveBeenCalledWith('token-1');
    expect(fetchStub).toHaveBeenCalledTimes(2);
    expect(headersOf(1)).toMatchObject({ authorization: 'Bearer token-2', 'x-practice-id': 'practice-a' });
  });

  it('gives up after one retry, with the API error', async () => {
    fetchStub.mockImplementation(async () => unauthenticated());

    const error = await createGraphQLClient(session).request(TeamNames).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(session.renewAccessToken).toHaveBeenCalledTimes(1);
    expect(fetchStub).toHaveBeenCalledTimes(2);
  });

  it('does not retry when the session has ended', async () => {
    session.renewAccessToken.mockResolvedValue(null);
    fetchStub.mockImplementation(async () => unauthenticated());

    await expect(createGraphQLClient(session).request(TeamNames)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    expect(fetchStub).toHaveBeenCalledTimes(1);
  });

  it('does not try to renew when no token was sent (a wrong password is not an expired session)', async () => {
    session.accessToken.mockReturnValue(null);
    fetchStub.mockImplementation(async () => unauthenticated());

    await expect(createGraphQLClient(session).request(TeamNames)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    expect(session.renewAccessToken).not.toHaveBeenCalled();
  });

  it('leaves other failures alone', async () => {
    fetchStub.mockRejectedValue(new TypeError('Failed to fetch'));

    await expect(createGraphQLClient(session).request(TeamNames)).rejects.toBeInstanceOf(NetworkError);

    expect(session.renewAccessToken).not.toHaveBeenCalled();
    expect(fetchStub).toHaveBeenCalledTimes(1);
  });
});
