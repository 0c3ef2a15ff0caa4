import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { isRole, Role } from './roles';

/** A practice not in good standing: suspended by an operator, or read-only while its payment is overdue past the grace period. */
export type PracticeStanding = 'READ_ONLY' | 'SUSPENDED';

export interface Entered {
  live: boolean;
  role?: Role;
  standing?: PracticeStanding;
}

export interface TenantScope {
  /** The practice whose rows row level security lets through; none means no tenant rows at all. */
  practiceId?: string;
  /** The signed-in user, which lets them read their own memberships in every practice. */
  userId?: string;
}

type Query = QueryRunner['query'];
type Send = (sql: string, parameters?: unknown[], structured?: boolean) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Local to the transaction (`true`), so a pooled connection never carries a tenant into the next one.
const SET_SCOPE = `select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`;

const sameScope = (a: TenantScope, b: TenantScope) => (a.practiceId ?? '') === (b.practiceId ?? '') && (a.userId ?? '') === (b.userId ?? '');

/**
 * One database transaction on one pooled connection, begun by its first statement (so an operation that never
 * touches the database takes no connection, and work done before it, such as a password check, holds none).
 * Its row level security scope follows `scope`: when the scope changes, the next statement is preceded by one
 * `set_config`. A fresh transaction has no scope, so an anonymous read costs only BEGIN, the read and COMMIT.
 */
export class TenantTransaction {
  readonly manager: EntityManager;
  /** Work that must happen once this transaction has committed (sending what a job prepared). */
  readonly afterCommit: (() => Promise<void>)[] = [];
  /** Work that must stay on record when this transaction does not commit, each run in a transaction of its own. */
  readonly afterRollback: { scope: TenantScope; work: () => Promise<void> }[] = [];
  private readonly runner: QueryRunner;
  private readonly send: Send;
  private begun?: Promise<void>;
  /** BEGIN has completed. */
  private started = false;
  private ended = false;
  private applied: TenantScope = {};

  constructor(
    dataSource: DataSource,
    private scope: TenantScope,
  ) {
    this.runner = dataSource.createQueryRunner();
    this.send = this.runner.query.bind(this.runner) as Send;
    // Once begun and scoped, a statement goes straight to the connection; only the first, and one after a change of
    // scope, wait for what must precede them.
    this.runner.query = ((sql: string, parameters?: unknown[], structured?: boolean) =>
      this.started && !this.ended && sameScope(this.scope, this.applied)
        ? this.send(sql, parameters, structured)
        : this.sendInTurn(sql, parameters, structured)) as Query;
    this.manager = this.runner.manager;
  }

  /** Begun and not yet ended: its connection is held. */
  get isOpen(): boolean {
    return this.begun !== undefined && !this.ended;
  }

  /** Changes whose rows the following statements may see. */
  setScope(scope: TenantScope) {
    this.scope = { ...scope };
  }

  /**
   * The access check in one statement (`app_enter`): the session must be live, then the person is set, and the
   * practice (when one is named) only where they are a member, so row level security never shows a practice
   * before the membership is proven. Answers whether the session is live and the role, if any.
   */
  async enter(access: { userId: string; sessionId: string; practiceId?: string }): Promise<Entered> {
    this.applied = this.scope = {};
    const rows: { role: string | null }[] = await this.begin(() =>
      this.send('select app_enter($1, $2, $3) as role', [access.practiceId ?? null, access.userId, access.sessionId]),
    );
    const answer = rows[0]?.role;
    if (answer === null || answer === undefined) return { live: false };
    // 'OWNER', or 'OWNER:READ_ONLY' / 'OWNER:SUSPENDED' when the practice is not in good standing.
    const [role, standing] = answer.split(':');
    this.applied = this.scope = { userId: access.userId, ...(isRole(role) ? { practiceId: access.practiceId } : {}) };
    if (!isRole(role)) return { live: true };
    return standing === 'READ_ONLY' || standing === 'SUSPENDED' ? { live: true, role, standing } : { live: true, role };
  }

  /** Commits (or rolls back) if begun, and returns the connection to the pool. A failed COMMIT rejects. */
  async end(commit: boolean): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    try {
      if (this.begun) {
        await this.begun;
        await this.send(commit ? 'COMMIT' : 'ROLLBACK');
      }
    } catch (error) {
      if (commit) await this.send('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await this.runner.release();
    }
  }

  private ready(): Promise<void> {
    if (this.ended) return Promise.reject(new Error('This transaction has ended: database work after its operation finished'));
    this.begun ??= this.send('BEGIN').then(() => {
      // TypeORM then treats the runner as inside a transaction and never opens one of its own (entity saves).
      (this.runner as { isTransactionActive: boolean }).isTransactionActive = true;
      this.started = true;
    });
    return this.begun;
  }

  private async sendInTurn(sql: string, parameters?: unknown[], structured?: boolean) {
    if (!this.begun && sameScope(this.scope, this.applied)) return this.begin(() => this.send(sql, parameters, structured));
    await this.ready();
    await this.applyScope();
    return this.send(sql, parameters, structured);
  }

  /**
   * BEGIN and the first statement in one write to the socket. The pool's connections pipeline, so the statement
   * goes out without waiting for BEGIN's answer; the socket stays corked until both are queued (TypeORM reaches
   * the driver a few microtasks later, hence the next turn of the event loop): one system call fewer per operation.
   */
  private async begin<T>(first: () => Promise<T>): Promise<T> {
    if (this.begun || this.ended) {
      await this.ready();
      return first();
    }
    const client = (await this.runner.connect()) as { connection?: { stream?: { cork(): void; uncork(): void } } };
    const stream = client.connection?.stream;
    stream?.cork();
    const begun = this.ready();
    const answer = first();
    // Awaited by the caller once BEGIN succeeded; if BEGIN failed, its error is the one reported.
    answer.catch(() => undefined);
    setImmediate(() => stream?.uncork());
    await begun;
    return answer;
  }

  private async applyScope() {
    if (sameScope(this.scope, this.applied)) return;
    // Marked before sending, so statements issued meanwhile do not send it again; the connection runs them in order.
    this.applied = { ...this.scope };
    await this.send(SET_SCOPE, [this.applied.practiceId ?? '', this.applied.userId ?? '']);
  }
}
