import { Injectable } from '@nestjs/common';
import { PracticeService } from '@ascend/identity';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { Jobs } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { consentText } from './lead-rules';
import { ApplyToWorkWithInput } from './lead.models';
import { NEW_LEAD_MAIL, NewLeadMailJob } from './new-lead-mail.job';

/**
 * Applications from a practice's public page become leads on its roster. The answer is the same whether the
 * address was new, a lead already, a client, or the form was filled by a robot, so it tells a stranger nothing.
 */
@Injectable()
export class LeadService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: Jobs,
    private readonly practices: PracticeService,
  ) {}

  async apply(input: ApplyToWorkWithInput): Promise<void> {
    if (!input.consent) throw new InvalidInputError([{ field: 'input.consent', message: 'must be given to apply: the coach needs it to contact you' }]);
    const practice = await this.practices.publicProfile(input.practiceSlug);
    if (!practice) throw new DomainError('NOT_FOUND', 'No practice has this address', [{ field: 'input.practiceSlug', message: 'is not the address of a practice' }]);
    // The honeypot: people never see the field, robots fill it. Checked after the practice, so it answers the same.
    if (input.website?.trim()) return;
    this.db.actAs({ practiceId: practice.id });
    // A lead who applies again is refreshed; a client already further along is left exactly as they are.
    const rows: { id: string }[] = await this.db.manager.query(
      `insert into client (tenant_id, name, email, status, source, time_zone, job_title, wants_to_change, preferred_contact_time, consent_text, consent_at)
       values ($1, $2, $3, 'LEAD', 'APPLICATION', $4, $5, $6, $7, $8, now())
       on conflict (tenant_id, email) do update
          set name = excluded.name, job_title = excluded.job_title, wants_to_change = excluded.wants_to_change,
              preferred_contact_time = excluded.preferred_contact_time, consent_text = excluded.consent_text,
              consent_at = excluded.consent_at, updated_at = now()
        where client.status = 'LEAD' and client.user_id is null
       returning id`,
      [
        practice.id,
        input.name,
        input.email.trim().toLowerCase(),
        practice.timeZone,
        input.jobTitle.trim(),
        input.wantsToChange.trim(),
        input.preferredContactTime.trim(),
        consentText(practice.name),
      ],
    );
    if (!rows.length) return;
    const clientId = rows[0].id;
    // One mail per lead waiting to go: applying twice quickly tells the practice once, with the newest details.
    await this.jobs.enqueue(NEW_LEAD_MAIL, { practiceId: practice.id, clientId } satisfies NewLeadMailJob, { jobKey: clientId });
  }
}
