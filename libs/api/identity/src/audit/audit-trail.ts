import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@ascend/platform/tenancy';

export type AuditAction =
  | 'PRACTICE_CREATED'
  | 'SIGNED_IN'
  | 'SIGN_IN_FAILED'
  | 'MEMBER_INVITED'
  | 'INVITATION_REVOKED'
  | 'INVITATION_ACCEPTED'
  | 'ROLE_CHANGED'
  | 'MEMBER_REMOVED'
  | 'CLIENT_DATA_EXPORTED'
  | 'CLIENT_ERASED'
  | 'PRACTICE_PROFILE_UPDATED'
  | 'CLIENT_ADMITTED';

export interface AuditEntry {
  action: AuditAction;
  actorUserId?: string;
  actorEmail?: string;
  targetEmail?: string;
  detail?: Record<string, unknown>;
  ip?: string;
}

export interface AuditEventRow {
  id: string;
  action: AuditAction;
  actorEmail: string | null;
  targetEmail: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
  createdAt: Date;
}

/** Who did what, when and from where, per practice; OWNER and ADMIN read it. */
@Injectable()
export class AuditTrail {
  constructor(private readonly db: TenantDatabase) {}

  /** Records in the current transaction, which must be scoped to `practiceId`. */
  async record(practiceId: string, entry: AuditEntry): Promise<void> {
    await this.db.manager.query(
      `insert into audit_event (tenant_id, action, actor_user_id, actor_email, target_email, detail, ip)
       values ($1, $2, $3, coalesce($4, (select email from app_user where id = $3)), $5, $6, $7)`,
      [practiceId, entry.action, entry.actorUserId ?? null, entry.actorEmail ?? null, entry.targetEmail ?? null, entry.detail ?? {}, entry.ip ?? null],
    );
  }

  /**
   * Records a sign-in, or a failed one, in every practice the person belongs to, in one statement of the current
   * transaction, whose scope must name that person (row level security allows this one write across practices).
   */
  async recordSignIn(userId: string, entry: AuditEntry & { action: 'SIGNED_IN' | 'SIGN_IN_FAILED' }): Promise<void> {
    await this.db.manager.query(
      `insert into audit_event (tenant_id, action, actor_user_id, actor_email, ip)
       select m.tenant_id, $2, $3, $4, $5 from membership m where m.user_id = $1`,
      [userId, entry.action, entry.actorUserId ?? null, entry.actorEmail ?? null, entry.ip ?? null],
    );
  }

  async recent(limit: number): Promise<AuditEventRow[]> {
    return this.db.manager.query(
      `select id, action, actor_email as "actorEmail", target_email as "targetEmail", detail, ip, created_at as "createdAt"
         from audit_event order by created_at desc, id limit $1`,
      [limit],
    );
  }
}
