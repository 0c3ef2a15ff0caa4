import { ClsServiceManager } from 'nestjs-cls';
import type { Logger, QueryRunner } from 'typeorm';

/** What one request sent to PostgreSQL: counted always (cheap), the statements themselves only when asked. */
export interface StatementTally {
  statements: number;
  /** Distinct connections (query runners) the request used: more than one means it held one while taking another. */
  connections: Set<QueryRunner>;
  trace?: { sql: string; params: unknown[] }[];
}

const TALLY = 'ascend:statement-tally';

/** Starts counting the statements of the current request (its CLS context). */
export function startStatementTally(withTrace: boolean): StatementTally {
  const tally: StatementTally = { statements: 0, connections: new Set(), ...(withTrace ? { trace: [] } : {}) };
  ClsServiceManager.getClsService().set(TALLY, tally);
  return tally;
}

export function currentStatementTally(): StatementTally | undefined {
  const cls = ClsServiceManager.getClsService();
  return cls.isActive() ? cls.get<StatementTally>(TALLY) : undefined;
}

/**
 * TypeORM's logger, used to count every statement a request runs (BEGIN and COMMIT included) for the
 * statement-count tests and the benchmark. It writes no log line, so never a parameter (they carry password and
 * token hashes); errors are left to the callers, which log them with context.
 */
export class StatementLog implements Logger {
  logQuery(query: string, parameters: unknown[] | undefined, queryRunner?: QueryRunner) {
    const tally = currentStatementTally();
    if (!tally) return;
    tally.statements += 1;
    if (queryRunner) tally.connections.add(queryRunner);
    tally.trace?.push({ sql: query, params: parameters ?? [] });
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}
