import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError } from '@ascend/platform/graphql';
import { Jobs } from '@ascend/platform/jobs';
import { SendAllowances, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { INVITATION_MAIL, InvitationMailJob } from './invitation-mail.job';

/**
 * The one way an invitation mail leaves: only from a practice whose owner has confirmed their address (so nobody
 * sends mail in the name of an address they do not hold), within the practice's hourly and daily allowance.
 */
@Injectable()
export class InvitationSending {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly allowances: SendAllowances,
    private readonly jobs: Jobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(invitationId: string): Promise<void> {
    const practiceId = this.context.practiceId;
    const [{ confirmed }]: { confirmed: boolean }[] = await this.db.manager.query(
      `select exists (select 1 from membership m join app_user u on u.id = m.user_id
                       where m.tenant_id = $1 and m.role = 'OWNER' and u.email_verified_at is not null) as confirmed`,
      [practiceId],
    );
    if (!confirmed) {
      throw new DomainError('FORBIDDEN', "Invitations go out once the practice owner has confirmed their email address: use the link in the confirmation mail (or send it again)");
    }
    await this.allowances.spend({
      key: `invitations:${practiceId}`,
      ...this.config.mailLimits.invitations,
      spent: (limit, window) => `This practice has sent its ${limit} invitations for this ${window}`,
    });
    // One pending send per invitation (its job key): a resend before the mail went out sends one mail, with the newest link.
    await this.jobs.enqueue(INVITATION_MAIL, { practiceId, invitationId } satisfies InvitationMailJob, { jobKey: invitationId, jobKeyMode: 'replace' });
  }
}
