import { Injectable } from '@nestjs/common';
import { DomainError } from '@ascend/platform/graphql';
import { TenantContext } from './tenant-context';
import { TenantDatabase } from './tenant-database';

/** What the caller wants to do with a client's records. */
export type ClientAccessPurpose =
  /** See them: the client themself, their assigned coach, an owner or admin. */
  | 'read'
  /** Coach them (notes, replies, roster changes): their assigned coach, an owner or admin; never the client. */
  | 'coach';

/**
 * The per-record rule of coaching, in one place: OWNER and ADMIN reach every client of the practice, a COACH only
 * the clients assigned to them, a CLIENT only themself. Services call it with every client id they touch; an id the
 * caller may not reach answers NOT_FOUND, exactly like an id that does not exist, so nothing leaks by its error.
 */
@Injectable()
export class ClientAccess {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
  ) {}

  /**
   * A SQL condition on the client table (aliased `alias`) that holds for the clients the caller may reach for
   * `purpose`; its parameters are the caller's user id and role, numbered from `firstParameter`.
   */
  condition(alias: string, firstParameter: number, purpose: ClientAccessPurpose = 'read'): { sql: string; parameters: string[] } {
    const user = `$${firstParameter}::uuid`;
    const role = `$${firstParameter + 1}::text`;
    const own = purpose === 'read' ? ` or (${role} = 'CLIENT' and ${alias}.user_id = ${user})` : '';
    return {
      sql: `(${role} in ('OWNER', 'ADMIN') or (${role} = 'COACH' and ${alias}.coach_user_id = ${user})${own})`,
      parameters: [this.context.userId, this.context.role],
    };
  }

  /** Throws NOT_FOUND unless the caller may reach this client for `purpose`; `field` names the argument for the error. */
  async require(clientId: string, purpose: ClientAccessPurpose = 'read', field = 'clientId'): Promise<void> {
    const reachable = await this.reachable([clientId], purpose);
    if (!reachable.has(clientId)) throw clientNotFound(field);
  }

  /** The subset of `clientIds` the caller may reach for `purpose`, in one query. */
  async reachable(clientIds: readonly string[], purpose: ClientAccessPurpose = 'read'): Promise<Set<string>> {
    if (!clientIds.length) return new Set();
    const { sql, parameters } = this.condition('c', 3, purpose);
    const rows: { id: string }[] = await this.db.manager.query(
      `select c.id from client c where c.tenant_id = $1 and c.id = any($2::uuid[]) and ${sql}`,
      [this.context.practiceId, clientIds, ...parameters],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The signed-in CLIENT's own client id; NOT_FOUND when the practice keeps no client profile for them. */
  async ownClientId(): Promise<string> {
    const rows: { id: string }[] = await this.db.manager.query(`select id from client where tenant_id = $1 and user_id = $2`, [
      this.context.practiceId,
      this.context.userId,
    ]);
    if (!rows.length) throw new DomainError('NOT_FOUND', 'You have no client profile in this practice');
    return rows[0].id;
  }
}

export function clientNotFound(field = 'clientId'): DomainError {
  return new DomainError('NOT_FOUND', 'No such client in this practice', [{ field, message: 'is not a client you can reach' }]);
}
