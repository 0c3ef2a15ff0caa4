import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';
import { TenantContext } from './tenant-context';
import { Entered, TenantScope, TenantTransaction } from './tenant-transaction';

export type { TenantScope } from './tenant-transaction';

const OPERATION = Symbol('ascend:operation-transaction');
const TRANSACTION = Symbol('ascend:transaction');

/**
 * The one path to the database. A GraphQL operation gets one transaction (begun by its first statement, ended
 * after its whole result is computed); jobs, webhooks and start-up work get one each from `run`. Every
 * transaction first scopes row level security, so even a query that forgets its WHERE clause cannot see
 * another practice's rows. Transactions never nest: nothing holds one connection while waiting for another.
 */
@Injectable()
export class TenantDatabase {
  private readonly logger = new Logger('Database');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: TenantContext,
    private readonly cls: ClsService,
  ) {}

  /** The current transaction's manager; services use it for every query. */
  get manager(): EntityManager {
    const transaction = this.current();
    if (!transaction) throw new Error('Database work outside a transaction: run it in a GraphQL operation or TenantDatabase.run');
    return transaction.manager;
  }

  /** Whether this request or job holds a connection in a transaction right now. */
  get inTransaction(): boolean {
    return this.current()?.isOpen ?? false;
  }

  /**
   * Runs work in a transaction of its own scoped to `scope` (jobs, webhooks, start-up, and a request's work
   * that must happen before its operation's transaction begins). Refuses while this context holds a
   * transaction: waiting for a second connection while holding one is how a pool starves.
   */
  async run<T>(scope: TenantScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    this.refuseWhileOpen('TenantDatabase.run');
    const transaction = new TenantTransaction(this.dataSource, scope);
    let result: T;
    try {
      result = await this.cls.run({ ifNested: 'inherit' }, async () => {
        this.cls.set(TRANSACTION, transaction);
        this.context.set({ practiceId: scope.practiceId, userId: scope.userId, role: undefined });
        const value = await work(transaction.manager);
        await transaction.end(true);
        return value;
      });
    } catch (error) {
      await transaction.end(false).catch(() => undefined);
      await this.keepAfterRollback(transaction);
      throw error;
    }
    for (const work of transaction.afterCommit) await work();
    return result;
  }

  /** One statement committed on its own, before this request's transaction begins (rate-limit counters). */
  autocommit<T = unknown>(sql: string, parameters: unknown[]): Promise<T> {
    this.refuseWhileOpen('TenantDatabase.autocommit');
    return this.dataSource.query(sql, parameters);
  }

  /** Acts as this person and practice from now on, in the request's identity and its transaction's scope. */
  actAs(scope: TenantScope) {
    this.context.set({ practiceId: scope.practiceId, userId: scope.userId });
    this.current()?.setScope(scope);
  }

  /**
   * Checks that the session is live and enters the person (and the practice, where they are a member) in one
   * statement of the current transaction.
   */
  async enter(access: { userId: string; sessionId: string; practiceId?: string }): Promise<Entered> {
    const entered = await this.required().enter(access);
    if (entered.live) {
      this.context.set(entered.role ? { userId: access.userId, practiceId: access.practiceId, role: entered.role, standing: entered.standing } : { userId: access.userId });
    }
    return entered;
  }

  /** Runs `work` once the current transaction has committed; a job's transaction only (requests enqueue jobs). */
  afterCommit(work: () => Promise<void>) {
    if (this.cls.get(TRANSACTION) === undefined) {
      throw new Error('afterCommit belongs to jobs: a request enqueues a job for what must happen after it commits');
    }
    this.required().afterCommit.push(work);
  }

  /** Keeps `work` on record even if the current transaction rolls back (a failed sign-in, a replayed token). */
  afterRollback(scope: TenantScope, work: () => Promise<void>) {
    this.required().afterRollback.push({ scope, work });
  }

  /** @internal the operation plugin: a transaction for the GraphQL operation now starting, begun on first use. */
  beginOperation(): void {
    const { practiceId, userId } = this.context.identity;
    this.cls.set(OPERATION, new TenantTransaction(this.dataSource, { practiceId, userId }));
  }

  /** @internal the operation plugin: commits or rolls back, then keeps what must survive a rollback. */
  async finishOperation(commit: boolean): Promise<void> {
    const transaction = this.cls.get<TenantTransaction | undefined>(OPERATION);
    if (!transaction) return;
    this.cls.set(OPERATION, undefined);
    try {
      await transaction.end(commit);
    } catch (error) {
      await this.keepAfterRollback(transaction);
      throw error;
    }
    if (!commit) await this.keepAfterRollback(transaction);
  }

  private async keepAfterRollback(transaction: TenantTransaction) {
    for (const { scope, work } of transaction.afterRollback) {
      await this.run(scope, work).catch((error: unknown) => this.logger.error({ err: error }, 'Could not keep a record after a rollback'));
    }
  }

  private current(): TenantTransaction | undefined {
    const store = this.cls.get();
    return (store?.[TRANSACTION] ?? store?.[OPERATION]) as TenantTransaction | undefined;
  }

  private required(): TenantTransaction {
    const transaction = this.current();
    if (!transaction) throw new Error('No transaction: run it in a GraphQL operation or TenantDatabase.run');
    return transaction;
  }

  private refuseWhileOpen(what: string) {
    if (this.inTransaction) {
      throw new Error(`${what} while this request already holds a transaction: do it before the first query, or in the same transaction`);
    }
  }
}
