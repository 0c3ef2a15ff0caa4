import { Injectable } from '@nestjs/common';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { Jobs } from '@ascend/platform/jobs';
import { Entitlements, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { SubscriberLinks } from '../shared/subscriber-links';
import type { SubscriberLinkPurpose, SubscriberRef } from '../shared/subscriber-links';
import { CONFIRMATION_MAIL } from './confirmation-mail.job';
import { NewsletterConfirmation, SubscribeInput, SubscribeReceipt } from './subscriber.models';
import {
  CONFIRMATION_RESEND_MINUTES,
  RESUBSCRIBE_CONSENT_SOURCE,
  SIGNUP_CONSENT_TEXT,
  SUBSCRIBE_RECEIPT,
  signupConsentSource,
} from './subscriber-rules';
import type { SubscriberStatus } from './subscriber-rules';
import { badSubscriberLink, UNSUBSCRIBE } from './subscriber-rows';

/**
 * The signup in one statement, committed on its own. Its first act is to name the practice for row level security
 * (the row's tenant_id is the value set_config answers, so the scope is set before the row exists, and lasts only
 * for this statement's implicit transaction). A new address is inserted PENDING with its consent; a pending one
 * records the fresh consent and is mailed again only if its last confirmation mail is 10 minutes old; one that had
 * left becomes PENDING and is mailed; a subscribed, bounced or complaining one is left as it is. The confirmation
 * mail's job is enqueued by the same statement, for the rows that must be mailed.
 * $1 practice, $2 email, $3 name, $4 ip, $5 consent text, $6 consent source, $7 minutes between mails,
 * $8 task, $9 attempts, $10 job key prefix.
 */
const SUBSCRIBE = `
  with saved as (
    insert into subscriber as s (tenant_id, email, name, source, consent_at, consent_ip, consent_text, consent_source, confirmation_sent_at)
    values (set_config('app.tenant_id', $1, true)::uuid, $2, $3, 'SIGNUP_FORM', now(), $4, $5, $6, now())
    on conflict on constraint subscriber_one_per_email do update
       set status = 'PENDING',
           name = case when excluded.name <> '' then excluded.name else s.name end,
           consent_at = excluded.consent_at, consent_ip = excluded.consent_ip, consent_text = excluded.consent_text,
           consent_source = excluded.consent_source,
           confirmation_sent_at = case
             when s.status = 'UNSUBSCRIBED' or s.confirmation_sent_at is null or s.confirmation_sent_at <= now() - make_interval(mins => $7) then now()
             else s.confirmation_sent_at end,
           unsubscribed_at = null, updated_at = now()
     where s.status in ('PENDING', 'UNSUBSCRIBED')
    returning s.tenant_id, s.id, s.confirmation_sent_at = now() as mail
  ), queued as (
    select ascend_enqueue_job($8, json_build_object('practiceId', tenant_id, 'subscriberId', id), null, $9, $10 || id, null) from saved where mail
  )
  select (select count(*) from queued)::int as queued`;

const VIEW = `
  select s.email, s.status, p.name as practice_name, p.slug as practice_slug
    from subscriber s join practice_profile p on p.id = s.tenant_id
   where s.tenant_id = $1 and s.id = $2`;

interface ViewRow {
  email: string;
  status: SubscriberStatus;
  practice_name: string;
  practice_slug: string;
}

const LIST_CLOSED = 'This newsletter is not taking new subscribers right now. Please try again later.';

const practiceNotFound = () => new DomainError('NOT_FOUND', 'No practice has this address', [{ field: 'input.practiceSlug', message: 'is not the address of a practice' }]);

/** The subscriber's own side: signing up, confirming, leaving and coming back, each through a signed link. */
@Injectable()
export class NewsletterSignupService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly links: SubscriberLinks,
    private readonly jobs: Jobs,
    private readonly entitlements: Entitlements,
  ) {}

  /**
   * Always the same receipt, and the same work whatever the address's state (no mail is sent inside the request), so
   * neither the answer nor its timing tells whether someone is on the list.
   */
  async subscribe(input: SubscribeInput): Promise<SubscribeReceipt> {
    // A robot filled the field people never see: it learns nothing, and nothing is written.
    if (input.website?.trim()) return { message: SUBSCRIBE_RECEIPT };
    if (!input.consent) throw new InvalidInputError([{ field: 'input.consent', message: 'must be given: tick the box to receive the newsletter' }]);
    // Read on its own, outside any transaction, like the signup itself.
    const [practice] = await this.db.autocommit<{ id: string; name: string }[]>(`select id, name from practice_profile where slug = $1`, [input.practiceSlug]);
    if (!practice) throw practiceNotFound();
    const { maxAttempts, keyPrefix } = this.jobs.describe(CONFIRMATION_MAIL, practice.id);
    await this.db.autocommit(SUBSCRIBE, [
      practice.id,
      input.email,
      input.name,
      this.context.identity.ip ?? null,
      SIGNUP_CONSENT_TEXT(practice.name),
      signupConsentSource(input.source),
      CONFIRMATION_RESEND_MINUTES,
      CONFIRMATION_MAIL,
      maxAttempts,
      keyPrefix,
    ]);
    return { message: SUBSCRIBE_RECEIPT };
  }

  /** The words the signup form shows beside its checkbox: exactly what a signup records. */
  async wording(practiceSlug: string): Promise<string> {
    const [practice]: { name: string }[] = await this.db.manager.query(`select name from practice_profile where slug = $1`, [practiceSlug]);
    if (!practice) throw new DomainError('NOT_FOUND', 'No practice has this address', [{ field: 'practiceSlug', message: 'is not the address of a practice' }]);
    return SIGNUP_CONSENT_TEXT(practice.name);
  }

  /** What the confirm page shows before its button is pressed: reading it confirms nothing. */
  confirmation(token: string): Promise<NewsletterConfirmation> {
    return this.view(this.enter('confirm', token));
  }

  /** Pending becomes subscribed; a subscribed address stays so; one that left or bounced is not changed by an old link. */
  async confirm(token: string): Promise<NewsletterConfirmation> {
    const ref = this.enter('confirm', token);
    if (this.entitlements.enforced && (await this.view(ref)).status === 'PENDING') await this.allowOneMore(ref);
    await this.db.manager.query(
      `update subscriber set status = 'SUBSCRIBED', confirmed_at = now(), updated_at = now() where tenant_id = $1 and id = $2 and status = 'PENDING'`,
      [ref.practiceId, ref.subscriberId],
    );
    return this.view(ref);
  }

  /** Immediate and idempotent: the footer link's page calls it as it opens. */
  async unsubscribe(token: string): Promise<NewsletterConfirmation> {
    const ref = this.enter('unsubscribe', token);
    await this.db.manager.query(UNSUBSCRIBE, [ref.practiceId, ref.subscriberId]);
    return this.view(ref);
  }

  /** Undoes leaving, from the page that just unsubscribed: the consent is recorded again, from that link. */
  async resubscribe(token: string): Promise<NewsletterConfirmation> {
    const ref = this.enter('unsubscribe', token);
    const current = await this.view(ref);
    if (current.status !== 'UNSUBSCRIBED') return current;
    await this.allowOneMore(ref);
    await this.db.manager.query(
      `update subscriber set status = 'SUBSCRIBED', consent_at = now(), consent_ip = $3, consent_text = $4, consent_source = $5,
              confirmed_at = coalesce(confirmed_at, now()), unsubscribed_at = null, updated_at = now()
        where tenant_id = $1 and id = $2 and status = 'UNSUBSCRIBED'`,
      [ref.practiceId, ref.subscriberId, this.context.identity.ip ?? null, SIGNUP_CONSENT_TEXT(current.practiceName), RESUBSCRIBE_CONSENT_SOURCE],
    );
    return this.view(ref);
  }

  /** The visitor is told nothing of the practice's plan: only that the list is closed for now. */
  private async allowOneMore(ref: SubscriberRef): Promise<void> {
    try {
      await this.entitlements.allow(ref.practiceId, 'subscribers');
    } catch (error) {
      if (error instanceof DomainError && error.code === 'FORBIDDEN') throw new DomainError('FORBIDDEN', LIST_CLOSED, [{ field: 'token', message: LIST_CLOSED }]);
      throw error;
    }
  }

  /** The subscriber a link names, the request now acting in its practice; a bad link answers NOT_FOUND. */
  private enter(purpose: SubscriberLinkPurpose, token: string): SubscriberRef {
    const ref = this.links.read(purpose, token);
    if (!ref) throw badSubscriberLink();
    this.db.actAs({ practiceId: ref.practiceId });
    return ref;
  }

  private async view(ref: SubscriberRef): Promise<NewsletterConfirmation> {
    const [row]: ViewRow[] = await this.db.manager.query(VIEW, [ref.practiceId, ref.subscriberId]);
    if (!row) throw badSubscriberLink();
    return { practiceName: row.practice_name, practiceSlug: row.practice_slug, email: row.email, status: row.status };
  }
}
