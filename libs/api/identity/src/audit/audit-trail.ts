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
  | 'MEMBER_REMOVED';

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
   * Records in every practice the person belongs to, each in its own committed transaction, so that a failed
   * sign-in stays on record even though the operation that saw it fails.
   */
  async recordForAllPracticesOf(userId: string, entry: AuditEntry): Promise<void> {
    const practices = await this.db.run({ userId }, (manager) =>
      manager.query<{ tenant_id: string }[]>('select tenant_id from membership where user_id = $1', [userId]),
    );
    for (const { tenant_id: practiceId } of practices) {
      await this.db.run({ practiceId, userId }, () => this.record(practiceId, entry));
    }
  }

  async recent(limit: number): Promise<AuditEventRow[]> {
    return this.db.manager.query(
      `select id, action, actor_email as "actorEmail", target_email as "targetEmail", detail, ip, created_at as "createdAt"
         from audit_event order by created_at desc, id limit $1`,
      [limit],
    );
  }
}
