import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TenantContext } from './tenant-context';

export interface TenantScope {
  /** The practice whose rows row level security lets through; none means no tenant rows at all. */
  practiceId?: string;
  /** The signed-in user, which lets them read their own memberships in every practice. */
  userId?: string;
}

/**
 * The one path to the database: work runs in a transaction whose first statement sets the tenant for row level
 * security, so even a query that forgets its WHERE clause cannot see another practice's rows.
 */
@Injectable()
export class TenantDatabase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: TenantContext,
  ) {}

  /** The current transaction's manager; services use it for every query. */
  get manager(): EntityManager {
    const manager = this.context.manager;
    if (!manager) throw new Error('Database work outside a tenant transaction: wrap it in TenantDatabase.run');
    return manager;
  }

  get inTransaction(): boolean {
    return this.context.manager !== undefined;
  }

  /** Runs work in a new transaction scoped to `scope`; jobs and webhooks call it with the tenant from their payload. */
  run<T>(scope: TenantScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await scopeTransaction(manager, scope);
      return this.context.withManager(manager, () => work(manager));
    });
  }

  /** Points the current transaction at another tenant (sign-up creating its practice, accepting an invitation). */
  async switchTenant(scope: TenantScope): Promise<void> {
    await scopeTransaction(this.manager, scope);
  }
}

/** Local to the transaction (`true`), so a pooled connection never carries a tenant into the next request. */
async function scopeTransaction(manager: EntityManager, scope: TenantScope): Promise<void> {
  await manager.query(`select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [scope.practiceId ?? '', scope.userId ?? '']);
}
