import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '@ascend/platform/testing';
import { domainModules } from './domains';

// The web app's operations exactly as it sends them (the generated client holds their full text, fragments included).
const webOperations = [...readFileSync(join(__dirname, '../../../libs/web/data-access/src/gql/graphql.ts'), 'utf8').matchAll(/new TypedDocumentString\(`([\s\S]*?)`\)/g)].map(
  ([, text]) => ({ name: /(?:query|mutation) (\w+)/.exec(text)?.[1] ?? '(unnamed)', text }),
);
const LIMIT_REFUSAL = /limit of \d+ exceeded|contains more that \d+ tokens/i;

function aliases(count: number) {
  return `query($s:String!){${Array.from({ length: count }, (_, i) => `p${i}:practice(slug:$s){id}`).join('')}}`;
}

describe('GraphQL limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ imports: domainModules });
  });
  afterAll(() => t.close());

  it('refuses 3,500 aliased fields (a 100 KB query) while parsing, before anything runs', async () => {
    const query = aliases(3500);
    expect(query.length).toBeLessThan(100_000);
    const answer = await t.graphql(query, { s: 'ridgeline' });
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/Document contains more that 1000 tokens/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
    expect(answer.status).toBe(400);
  });

  it.each([
    ['aliases', aliases(11), /Aliases limit of 10 exceeded, found 11/],
    ['directives', `{ ${'__typename @include(if: true) '.repeat(11)} }`, /Directives limit of 10 exceeded, found 11/],
  ])('names the limit it refuses (%s), as a validation failure', async (_limit, query, refusal) => {
    const answer = await t.graphql(query);
    expect(answer.status).toBe(400);
    expect(answer.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(refusal), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
  });

  it('refuses a query nested deeper than the limit', async () => {
    const deep = await startTestApp({ imports: domainModules, env: { GRAPHQL_MAX_DEPTH: '2' } });
    try {
      const answer = await deep.graphql('{ viewer { account { id } } }');
      expect(answer.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/Query depth limit of 2 exceeded, found 3/) })]);
    } finally {
      await deep.close();
    }
  });
});

describe("every operation of the web app fits under half of each limit", () => {
  let half: TestApp;
  beforeAll(async () => {
    half = await startTestApp({
      imports: domainModules,
      env: { GRAPHQL_MAX_DEPTH: '4', GRAPHQL_MAX_ALIASES: '5', GRAPHQL_MAX_DIRECTIVES: '5', GRAPHQL_MAX_TOKENS: '500', GRAPHQL_MAX_COST: '2500' },
    });
  });
  afterAll(() => half.close());

  it('finds the operations', () => {
    expect(webOperations.length).toBeGreaterThan(15);
  });

  // Sent without variables: an operation that needs some is refused before it runs, after the limits were checked.
  it.each(webOperations.map((operation) => [operation.name, operation.text]))('%s', async (_name, text) => {
    const answer = await half.graphql(text);
    expect((answer.errors ?? []).map((error) => error.message).filter((message) => LIMIT_REFUSAL.test(message))).toEqual([]);
  });
});

describe('in production', () => {
  let production: TestApp;
  beforeAll(async () => {
    production = await startTestApp({
      imports: domainModules,
      env: {
        NODE_ENV: 'production',
        // Required in production; the test app connects to its own database and sends no mail here.
        DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
        DATABASE_APP_PASSWORD: 'unused-password',
        SMTP_URL: 'smtp://127.0.0.1:1',
        JWT_SECRET: 'p'.repeat(40),
      },
    });
  });
  afterAll(() => production.close());

  it('refuses introspection', async () => {
    const answer = await production.graphql('{ __schema { queryType { name } } }');
    expect(answer.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
  });

  it('suggests no field names', async () => {
    const answer = await production.graphql('{ practic(slug: "x") { name } }');
    expect(answer.errors?.[0]?.message).toBe('Cannot query field "practic" on type "Query".');
  });

  it('while development suggests them', async () => {
    const development = await startTestApp({ imports: domainModules });
    try {
      const answer = await development.graphql('{ practic(slug: "x") { name } }');
      expect(answer.errors?.[0]?.message).toMatch(/Did you mean "practice"\?/);
    } finally {
      await development.close();
    }
  });
});
