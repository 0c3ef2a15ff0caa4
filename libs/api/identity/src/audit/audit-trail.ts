import { Injectable } from '@nestjs/common';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { AuditAction, auditPageSize, personPattern, readAuditCursor, roleChangeOf, RoleChange, writeAuditCursor } from './audit-rules';

export type { AuditAction } from './audit-rules';

export interface AuditEntry {
  action: AuditAction;
  actorUserId?: string;
  actorEmail?: string;
  targetEmail?: string;
  detail?: Record<string, unknown>;
  ip?: string;
}

export interface AuditEventRow extends RoleChange {
  id: string;
  action: AuditAction;
  actorEmail: string | null;
  targetEmail: string | null;
  actorDeleted: boolean;
  targetDeleted: boolean;
  ip: string | null;
  createdAt: Date;
}

export interface AuditQuery {
  action?: AuditAction;
  person?: string | null;
  after?: string | null;
  first?: number | null;
}

export interface AuditEventPage {
  events: AuditEventRow[];
  nextCursor: string | null;
}

interface StoredEvent extends Omit<AuditEventRow, keyof RoleChange> {
  detail: unknown;
  /** created_at to the microsecond, which a JavaScript Date would round to the millisecond. */
  cursorAt: string;
}

function eventOf(row: StoredEvent): AuditEventRow {
  const { id, action, actorEmail, targetEmail, actorDeleted, targetDeleted, ip, createdAt } = row;
  return { id, action, actorEmail, targetEmail, actorDeleted, targetDeleted, ip, createdAt, ...roleChangeOf(action, row.detail) };
}

/** Who did what, when and from where, per practice; OWNER and ADMIN read it. */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
  ) {}

  /** Records in the current transaction, which must be scoped to `practiceId`. */
  async record(practiceId: string, entry: AuditEntry): Promise<void> {
    await this.db.manager.query(
      `insert into audit_event (tenant_id, action, actor_user_id, actor_email, target_email, detail, ip)
       values ($1, $2, $3, coalesce($4, (select email from app_user where id = $3)), $5, $6, $7)`,
      [practiceId, entry.action, entry.actorUserId ?? null, entry.actorEmail ?? null, entry.targetEmail ?? null, entry.detail ?? {}, entry.ip ?? null],
    );
  }

  /**
   * Records what a person did to their own account (a sign-in or a failed one, a changed or reset password, a changed address) in
   * every practice they belong to, in one statement of the current transaction, whose scope must name that person
   * (row level security allows this one write across practices, for these actions only). The actor's address is
   * read from the account when not given, so it is the address the account has once the change is made.
   */
  async recordForPerson(userId: string, entry: AuditEntry & { action: 'SIGNED_IN' | 'SIGN_IN_FAILED' | 'PASSWORD_CHANGED' | 'PASSWORD_RESET' | 'EMAIL_CHANGED' }): Promise<void> {
    await this.db.manager.query(
      `insert into audit_event (tenant_id, action, actor_user_id, actor_email, ip)
       select m.tenant_id, $2, $3, coalesce($4, (select email from app_user where id = $3)), $5 from membership m where m.user_id = $1`,
      [userId, entry.action, entry.actorUserId ?? null, entry.actorEmail ?? null, entry.ip ?? null],
    );
  }

  /**
   * The practice's entries, newest first, a page at a time. Keyset paging on (created_at, id): a page never repeats
   * or skips an entry while new ones arrive, and it costs an index range scan however far back it goes.
   */
  async page(query: AuditQuery): Promise<AuditEventPage> {
    const size = auditPageSize(query.first);
    const after = query.after === undefined || query.after === null ? null : readAuditCursor(query.after);
    const rows: StoredEvent[] = await this.db.manager.query(
      `select id, action, actor_email as "actorEmail", target_email as "targetEmail", actor_deleted as "actorDeleted",
              target_deleted as "targetDeleted", detail, ip, created_at as "createdAt",
              to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "cursorAt"
         from audit_event
        where tenant_id = $1
          and ($2::text is null or action = $2)
          and ($3::text is null or actor_email ilike $3 or target_email ilike $3)
          and ($4::timestamptz is null or (created_at, id) < ($4, $5::uuid))
        order by created_at desc, id desc
        limit $6`,
      [this.context.practiceId, query.action ?? null, personPattern(query.person) ?? null, after?.at ?? null, after?.id ?? null, size + 1],
    );
    const events = rows.slice(0, size).map(eventOf);
    const last = rows.length > size ? rows[size - 1] : undefined;
    return { events, nextCursor: last ? writeAuditCursor({ at: last.cursorAt, id: last.id }) : null };
  }
}
