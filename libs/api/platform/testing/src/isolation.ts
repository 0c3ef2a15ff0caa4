import { GraphQLSchema } from 'graphql';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MailCatcher } from './mail-catcher';
import type { SignedUpOwner } from './people';
import type { TestApp } from './test-app';

/** Two practices with their owners: tenant A's data is the target, tenant B's credentials the attacker's. */
export interface TenantPair {
  a: SignedUpOwner;
  b: SignedUpOwner;
}

/**
 * One case per GraphQL operation: with tenant B's credentials aimed at tenant A's ids, it asserts that nothing
 * of A comes back (and the harness, that nothing of A changes). Each domain keeps its cases beside its code in
 * `*.isolation.ts` files exporting `isolationCases`; the harness refuses to pass while any operation lacks one.
 * A case that needs rows of A to aim at makes them in `arrange`, which the harness runs before it takes A's
 * snapshot; `attack` gets what `arrange` returned.
 */
export type IsolationCase =
  | ((t: TestApp, pair: TenantPair, mail: MailCatcher) => Promise<void>)
  | {
      arrange(t: TestApp, pair: TenantPair): Promise<Record<string, unknown>>;
      attack(t: TestApp, pair: TenantPair, arranged: Record<string, unknown>, mail: MailCatcher): Promise<void>;
    };

/** Runs one case as the harness does: arrange, snapshot A, attack, and check that A is as it was. */
export async function runIsolationCase(t: TestApp, pair: TenantPair, mail: MailCatcher, check: IsolationCase): Promise<void> {
  const arranged = typeof check === 'function' ? {} : await check.arrange(t, pair);
  const before = await snapshotTenant(t, pair.a.practiceId);
  await (typeof check === 'function' ? check(t, pair, mail) : check.attack(t, pair, arranged, mail));
  expect(await snapshotTenant(t, pair.a.practiceId)).toEqual(before);
}

export function rootOperations(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );
}

export function operationsWithoutCase(schema: GraphQLSchema, cases: Record<string, IsolationCase>): string[] {
  return rootOperations(schema).filter((operation) => !cases[operation]);
}

/** Every `*.isolation.ts` below `root`, merged; an operation claimed by two files is an error. */
export function collectIsolationCases(root: string): { cases: Record<string, IsolationCase>; files: string[] } {
  const files = isolationFiles(root);
  const cases: Record<string, IsolationCase> = {};
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const found = (require(file) as { isolationCases?: Record<string, IsolationCase> }).isolationCases;
    if (!found) throw new Error(`${file} exports no isolationCases`);
    for (const [operation, check] of Object.entries(found)) {
      if (cases[operation]) throw new Error(`Two isolation cases for ${operation} (one in ${file})`);
      cases[operation] = check;
    }
  }
  return { cases, files };
}

function isolationFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : isolationFiles(path);
    return entry.name.endsWith('.isolation.ts') ? [path] : [];
  });
}

/** B signed in, naming A's practice: the guard must refuse before anything runs. */
export const refusedInA =
  (query: string, variables: Record<string, unknown> = {}): IsolationCase =>
  async (t, { a, b }) => {
    const { data, errors } = await t.graphql(query, variables, { ...b.headers, 'x-practice-id': a.practiceId });
    if (data != null) throw new Error(`expected no data, got ${JSON.stringify(data)}`);
    const error = errors?.[0];
    if (error?.message !== 'You are not a member of this practice' || error.extensions?.code !== 'FORBIDDEN') {
      throw new Error(`expected FORBIDDEN 'You are not a member of this practice', got ${JSON.stringify(errors)}`);
    }
  };

/** B, acting in B's own practice, aims at one of A's ids (found or made by `idOf`): nothing is found there. */
export const notFoundFromB = (query: string, idOf: (t: TestApp, pair: TenantPair) => Promise<Record<string, unknown>>): IsolationCase => ({
  arrange: idOf,
  async attack(t, pair, variables) {
    const { errors } = await t.graphql(query, variables, pair.b.headers);
    if (errors?.[0].extensions?.code !== 'NOT_FOUND') throw new Error(`expected NOT_FOUND, got ${JSON.stringify(errors)}`);
  },
});

/**
 * Rows of every tenant table, keyed by table, read past row level security: compared before and after an attack.
 * The audit trail is left out: recording an attempt against tenant A (a failed sign-in) is the point of it.
 */
export async function snapshotTenant(t: TestApp, practiceId: string): Promise<Record<string, unknown[]>> {
  const tables = await t.db.query<{ table_name: string }>(
    `select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'tenant_id' and table_name <> 'audit_event' order by table_name`,
  );
  const snapshot: Record<string, unknown[]> = {};
  for (const { table_name } of tables) {
    snapshot[table_name] = await t.db.query(`select * from ${table_name} x where tenant_id = $1 order by x::text`, [practiceId]);
  }
  snapshot.practice = await t.db.query('select * from practice where id = $1', [practiceId]);
  return snapshot;
}
