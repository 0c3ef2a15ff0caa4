import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { Role, TenantDatabase } from '@ascend/platform/tenancy';
import { IdentityMail } from '../accounts/identity-mail';
import { newSecretToken } from '../sessions/secret-token';

export const INVITATION_MAIL = 'identity.invitation-mail';

export type InvitationMailJob = {
  practiceId: string;
  invitationId: string;
};

/**
 * Mails an invitation with a fresh link (the one before stops working). Runs after the invitation committed,
 * re-reads it, and sends nothing for one that was accepted, revoked or has expired meanwhile.
 */
@Injectable()
@JobHandler(INVITATION_MAIL, { maxAttempts: 12 })
export class InvitationMail implements JobHandlerOf<InvitationMailJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mail: IdentityMail,
  ) {}

  async handle({ practiceId, invitationId }: InvitationMailJob): Promise<void> {
    const { token, hash } = newSecretToken();
    const [rows]: [{ email: string; role: Role; practice_name: string; inviter: string | null }[], number] = await this.db.manager.query(
      `update invitation i set token_hash = $3
         from practice p
        where i.tenant_id = $1 and i.id = $2 and p.id = i.tenant_id
          and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
        returning i.email, i.role, p.name as practice_name, (select name from app_user where id = i.invited_by) as inviter`,
      [practiceId, invitationId, hash],
    );
    const invitation = rows[0];
    if (!invitation) return;
    this.db.afterCommit(() =>
      this.mail.invitation(invitation.email, {
        practiceId,
        practiceName: invitation.practice_name,
        inviterName: invitation.inviter ?? invitation.practice_name,
        role: invitation.role,
        token,
      }),
    );
  }
}
