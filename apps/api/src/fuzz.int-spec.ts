import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLField, isLeafType } from 'graphql';
import { buildPractice, GraphQLResponse, startTestApp, TestApp } from '@ascend/platform/testing';
import { domainModules } from './domains';
import { argumentsOf } from './testing/hostile-arguments';

const RUNS_PER_MUTATION = 200;

/** Answers about who may do what, not about the input, so they name no field. */
const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'TOO_MANY_REQUESTS', 'CONFLICT']);
/** GraphQL's own refusals of a variable of the wrong type name the variable in their message. */
const COERCION = new Set(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

type Mutation = GraphQLField<unknown, unknown>;

function operationOf(mutation: Mutation): string {
  const variables = mutation.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(mutation.type)) ? '' : ' { __typename }';
  return `mutation Fuzz(${variables}) { ${mutation.name}(${args})${selection} }`;
}

/** What makes an answer unclear: a 500, or an input error that does not say which argument is wrong. */
function unclear(response: GraphQLResponse, mutation: Mutation): string[] {
  const argNames = mutation.args.map((a) => a.name);
  // A body over the limit (2 MB) is refused with 413 Payload Too Large before GraphQL runs.
  if (response.status === 413) return [];
  if (!response.errors) return response.data?.[mutation.name] === undefined ? [`HTTP ${response.status} without data or errors`] : [];
  return response.errors.flatMap((error) => {
    const code = error.extensions?.code ?? 'NO_CODE';
    if (REFUSALS.has(code)) return [];
    const fields = error.extensions?.fields ?? [];
    if (code === 'BAD_USER_INPUT' && fields.length) {
      return fields.filter((f) => !argNames.includes(f.field.split('.')[0]) || !f.message).map((f) => `${code} naming no argument: ${JSON.stringify(f)}`);
    }
    const variable = /^Variable "\$(\w+)"/.exec(error.message)?.[1];
    if (COERCION.has(code) && variable && argNames.includes(variable)) return [];
    return [`${code}: ${error.message.slice(0, 300)}`];
  });
}

/** A counterexample fit to read: long text shortened, control and surrogate code units escaped (JSON does). */
function brief(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length} chars)` : v));
}

/**
 * Every argument of every mutation, found in the running schema, gets hostile values: NUL, lone surrogates, blank
 * and 90 KB text, bidirectional controls, markup, SQL, out-of-range and fractional numbers. Each answer is a result,
 * a refusal, or an error naming the bad argument; never a 500. New mutations are fuzzed without editing this file.
 */
describe('hostile input to every mutation', () => {
  let t: TestApp;
  let headers: Record<string, string>;

  beforeAll(async () => {
    // Signing in is rate limited; the limit must not hide what validation would answer.
    t = await startTestApp({ imports: domainModules, env: { AUTH_RATE_LIMIT: '1000000' } });
    // An OWNER, so role checks let every mutation reach its validation and the database.
    headers = (await buildPractice(t)).owner.headers;
  });
  afterAll(() => t.close());

  it(`answers ${RUNS_PER_MUTATION} hostile calls of each mutation clearly`, async () => {
    // Mutations without arguments (signOut, refreshSession) take no input to fuzz.
    const mutations = Object.values(t.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {}).filter((m) => m.args.length);
    expect(mutations.map((m) => m.name)).toContain('signUp');

    const failures: string[] = [];
    for (const mutation of mutations) {
      const operation = operationOf(mutation);
      const details = await fc.check(
        fc.asyncProperty(argumentsOf(mutation), async (variables) => {
          const problems = unclear(await t.graphql(operation, variables, headers), mutation);
          if (problems.length) throw new Error(problems.join('\n'));
        }),
        { numRuns: RUNS_PER_MUTATION },
      );
      if (details.failed) failures.push(`${mutation.name} (seed ${details.seed}) ${brief(details.counterexample)}\n${String(details.errorInstance)}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
