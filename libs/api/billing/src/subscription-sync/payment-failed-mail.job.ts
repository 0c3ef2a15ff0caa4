import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { emailLayout, Mailer } from '@ascend/platform/mail';
import { TenantDatabase } from '@ascend/platform/tenancy';

export const PAYMENT_FAILED_MAIL = 'billing.payment-failed-mail';

interface Overdue {
  practice_name: string;
  time_zone: string;
  read_only_from: Date;
  owners: string[];
}

/**
 * Tells the practice's owners that Ascend's subscription payment failed and when the practice turns read-only.
 * Re-reads the subscription first: a payment made meanwhile means there is nothing to say.
 */
@Injectable()
@JobHandler(PAYMENT_FAILED_MAIL, { maxAttempts: 5 })
export class PaymentFailedMail implements JobHandlerOf<{ practiceId: string }> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle({ practiceId }: { practiceId: string }): Promise<void> {
    const [overdue]: Overdue[] = await this.db.manager.query(
      `select p.name as practice_name, p.time_zone, s.read_only_from,
              array(select u.email from membership m join app_user u on u.id = m.user_id
                     where m.tenant_id = $1 and m.role = 'OWNER' order by u.email) as owners
         from subscription s join practice p on p.id = s.tenant_id
        where s.tenant_id = $1 and s.status in ('PAST_DUE', 'UNPAID') and s.read_only_from is not null`,
      [practiceId],
    );
    if (!overdue) return;
    const until = new Intl.DateTimeFormat('en-GB', { timeZone: overdue.time_zone, dateStyle: 'long', timeStyle: 'short' }).format(overdue.read_only_from);
    for (const to of overdue.owners) {
      await this.mailer.send({
        to,
        tag: 'billing-payment-failed',
        subject: `Payment failed for ${overdue.practice_name}'s Ascend plan`,
        ...emailLayout({
          heading: 'Your payment did not go through',
          paragraphs: [
            `We could not take the payment for ${overdue.practice_name}'s Ascend subscription.`,
            `Everything keeps working until ${until}. If the payment is still missing then, the practice becomes read-only: nothing is deleted, and paying restores it at once.`,
          ],
          action: { label: 'Update payment details', url: `${this.config.publicUrl}/app/billing` },
        }),
      });
    }
  }
}
