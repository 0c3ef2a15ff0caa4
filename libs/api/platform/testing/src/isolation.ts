import { GraphQLSchema } from 'graphql';
import type { SignedUpOwner } from './people';
import type { TestApp } from './test-app';

/** Two practices with their owners: tenant A's data is the target, tenant B's credentials the attacker's. */
export interface TenantPair {
  a: SignedUpOwner;
  b: SignedUpOwner;
}

/**
 * One case per GraphQL operation: with tenant B's credentials aimed at tenant A's ids, it asserts that nothing
 * of A comes back and nothing of A changes. The harness refuses to pass while any operation lacks a case.
 */
export type IsolationCase = (t: TestApp, pair: TenantPair) => Promise<void>;

export function rootOperations(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );
}

export function operationsWithoutCase(schema: GraphQLSchema, cases: Record<string, IsolationCase>): string[] {
  return rootOperations(schema).filter((operation) => !cases[operation]);
}

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
    snapshot[table_name] = await t.db.query(`select * from ${table_name} where tenant_id = $1 order by id`, [practiceId]);
  }
  snapshot.practice = await t.db.query('select * from practice where id = $1', [practiceId]);
  return snapshot;
}
