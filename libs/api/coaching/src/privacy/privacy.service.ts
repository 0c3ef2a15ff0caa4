import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditTrail } from '@ascend/identity';
import { InvalidInputError } from '@ascend/platform/graphql';
import { ClientAccess, clientNotFound, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';

/** A table holding rows of one client, exported as a list in a stable order. */
const CLIENT_RECORDS: { key: string; table: string; order: string }[] = [
  { key: 'awarenessNotes', table: 'awareness_note', order: 'created_at, id' },
  { key: 'decisions', table: 'decision', order: 'decided_on, id' },
  { key: 'goals', table: 'goal', order: 'created_at, id' },
  { key: 'futureSelfStatements', table: 'future_self_statement', order: 'updated_at, id' },
  { key: 'checkIns', table: 'check_in', order: 'week_start, id' },
  { key: 'checkInAlerts', table: 'check_in_alert', order: 'week_start, kind' },
  { key: 'actionItems', table: 'action_item', order: 'created_at, id' },
  { key: 'sessionNotes', table: 'session_note', order: 'held_on, id' },
  { key: 'impactEntries', table: 'impact_entry', order: 'occurred_on, id' },
];

/** Rows as a JSON list, without the practice's id (the export is of one practice) and without secrets. */
const rowsOf = (alias: string, order: string, omit = `'tenant_id'`) =>
  `coalesce(jsonb_agg(to_jsonb(${alias}) - ${omit} order by ${order.replace(/(\w+)/g, `${alias}.$1`)}), '[]')`;

/**
 * One statement, whatever the number of records: the client row, every coaching record (one subquery per table),
 * their membership, the invitations sent to their address and the audit events that name them.
 */
const EXPORT_SQL = `
  with c as (select * from client where tenant_id = $1 and id = $2)
  select jsonb_build_object(
    'exportedAt', now(),
    'client', (select to_jsonb(c) - 'tenant_id' from c),
    ${CLIENT_RECORDS.map(
      ({ key, table, order }) =>
        `'${key}', (select ${rowsOf('r', order)} from ${table} r where r.tenant_id = $1 and r.client_id = $2)`,
    ).join(',\n    ')},
    'membership', (select to_jsonb(m) - 'tenant_id' from membership m join c on m.user_id = c.user_id where m.tenant_id = $1),
    'invitations', (select ${rowsOf('i', 'created_at, id', `array['tenant_id', 'token_hash']`)} from invitation i join c on i.email = c.email where i.tenant_id = $1),
    'auditEvents', (select ${rowsOf('a', 'created_at, id')} from audit_event a join c on a.actor_user_id = c.user_id or a.actor_email = c.email or a.target_email = c.email
                     where a.tenant_id = $1)
  ) as data`;

/**
 * Owners and admins act on a client's privacy: a copy of everything kept about them, or the erasure of it. An
 * erasure removes this practice's knowledge of the person; their account, which may belong to other practices,
 * stays. Aggregates (the dashboard's figures) are computed from the records on each read, so none outlive them.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly access: ClientAccess,
    private readonly audit: AuditTrail,
  ) {}

  async export(clientId: string): Promise<string> {
    await this.access.require(clientId);
    const [{ data }]: { data: { client: { email: string } | null } }[] = await this.db.manager.query(EXPORT_SQL, [this.context.practiceId, clientId]);
    if (!data.client) throw clientNotFound();
    await this.audit.record(this.context.practiceId, {
      action: 'CLIENT_DATA_EXPORTED',
      actorUserId: this.context.userId,
      targetEmail: data.client.email,
      detail: { clientId },
      ip: this.context.identity.ip,
    });
    return JSON.stringify(data, null, 2);
  }

  async erase(clientId: string, confirmEmail: string): Promise<{ reference: string }> {
    const practiceId = this.context.practiceId;
    await this.access.require(clientId);
    // Locked, so that two erasures at once delete once and the second answers NOT_FOUND.
    const [client]: { email: string; user_id: string | null; account_email: string | null }[] = await this.db.manager.query(
      `select c.email, c.user_id, u.email as account_email
         from client c left join app_user u on u.id = c.user_id
        where c.tenant_id = $1 and c.id = $2 for update of c`,
      [practiceId, clientId],
    );
    if (!client) throw clientNotFound();
    if (confirmEmail.trim().toLowerCase() !== client.email) {
      throw new InvalidInputError([{ field: 'confirmEmail', message: "does not match the client's email" }]);
    }
    const emails = [...new Set([client.email, client.account_email ?? client.email])];

    // Every coaching table cascades from the client row.
    await this.db.manager.query(`delete from client where tenant_id = $1 and id = $2`, [practiceId, clientId]);
    if (client.user_id) {
      await this.db.manager.query(`delete from membership where tenant_id = $1 and user_id = $2 and role = 'CLIENT'`, [practiceId, client.user_id]);
    }
    // Every invitation to the address, not only open ones: an accepted invitation names them too.
    await this.db.manager.query(`delete from invitation where tenant_id = $1 and email = any($2)`, [practiceId, emails]);
    await this.scrubAuditTrail(emails, client.user_id, clientId);

    const reference = randomUUID();
    await this.audit.record(practiceId, { action: 'CLIENT_ERASED', actorUserId: this.context.userId, detail: { reference }, ip: this.context.identity.ip });
    return { reference };
  }

  /** The events stay (who did what, when), but no longer say to or by whom, from where, or about which client. */
  private async scrubAuditTrail(emails: string[], userId: string | null, clientId: string): Promise<void> {
    await this.db.manager.query(
      `update audit_event a
          set actor_user_id = case when by_them then null else actor_user_id end,
              actor_email = case when by_them then null else actor_email end,
              ip = case when by_them then null else ip end,
              target_email = case when target_email = any($2) then null else target_email end,
              detail = case when mentions then '{}'::jsonb else detail end
         from (select id,
                      (actor_user_id = $3 or actor_email = any($2)) is true as by_them,
                      exists (select 1 from unnest($4::text[]) needle where strpos(lower(detail::text), needle) > 0) as mentions
                 from audit_event where tenant_id = $1) m
        where a.tenant_id = $1 and a.id = m.id and (m.by_them or m.mentions or a.target_email = any($2))`,
      [this.context.practiceId, emails, userId, [clientId, ...emails]],
    );
  }
}
