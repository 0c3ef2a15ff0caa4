import { Injectable } from '@nestjs/common';
import { Jobs } from '@ascend/platform/jobs';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { RegistrationMailQueue } from '../shared/registration-mail-queue';
import { holdExpiry, promotions, seatFor } from './seat-rules';
import type { SeatStatus } from './seat-rules';

export const HOLD_EXPIRY = 'events.hold-expiry';
export type HoldExpiryJob = { practiceId: string; registrationId: string };

/** A masterclass whose row this transaction has locked: every change to who holds its seats waits for it. */
export interface LockedMasterclass {
  id: string;
  slug: string;
  status: string;
  capacity: number;
  paid: boolean;
  startsAt: Date;
  registrationDeadline: Date;
}

export interface Registrant {
  name: string;
  email: string;
  question: string;
  consentText: string;
  userId: string | null;
  source: string;
  newsletterIssue: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
}

export interface Admitted {
  id: string;
  status: SeatStatus;
  /** False when the address was registered already (and still is): nothing changed. */
  isNew: boolean;
}

interface LockRow {
  id: string;
  slug: string;
  status: string;
  capacity: number;
  price_cents: number | null;
  starts_at: Date;
  registration_deadline: Date;
}

/**
 * Seats and the waitlist, settled by the database. Every change that can free or take a seat first locks the
 * masterclass row (`select ... for update`), then counts in a new statement, which sees every registration
 * committed before the lock was granted: so two people never take the last seat, and the waitlist keeps arrival order.
 */
@Injectable()
export class Seats {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly jobs: Jobs,
    private readonly mail: RegistrationMailQueue,
  ) {}

  /** Locks the masterclass by id or by slug; undefined when there is none in this practice. */
  async lock(by: { id: string } | { slug: string }): Promise<LockedMasterclass | undefined> {
    const [column, value] = 'id' in by ? ['id', by.id] : ['slug', by.slug];
    const rows: LockRow[] = await this.db.manager.query(
      `select id, slug, status, capacity, price_cents, starts_at, registration_deadline
         from masterclass where tenant_id = $1 and ${column} = $2 for update`,
      [this.context.practiceId, value],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      slug: row.slug,
      status: row.status,
      capacity: row.capacity,
      paid: row.price_cents !== null,
      startsAt: row.starts_at,
      registrationDeadline: row.registration_deadline,
    };
  }

  /**
   * Admits a registrant to a locked masterclass: a free seat (held for payment when it is paid), else the end of the
   * waitlist. An address registered already keeps its registration; one that had cancelled arrives anew.
   */
  async admit(masterclass: LockedMasterclass, registrant: Registrant, now: Date): Promise<Admitted> {
    const practiceId = this.context.practiceId;
    const [counts]: { seats_taken: number; last_number: number | null; existing_id: string | null; existing_status: SeatStatus | 'CANCELLED' | null }[] =
      await this.db.manager.query(
        `select count(*) filter (where status in ('CONFIRMED', 'PENDING_PAYMENT'))::int as seats_taken,
                max(waitlist_number) as last_number,
                (array_agg(id) filter (where email = $3))[1] as existing_id,
                (array_agg(status) filter (where email = $3))[1] as existing_status
           from registration where tenant_id = $1 and masterclass_id = $2`,
        [practiceId, masterclass.id, registrant.email],
      );
    if (counts.existing_id && counts.existing_status !== 'CANCELLED') {
      return { id: counts.existing_id, status: counts.existing_status as SeatStatus, isNew: false };
    }
    const status = seatFor({ capacity: masterclass.capacity, seatsTaken: counts.seats_taken, paid: masterclass.paid });
    const waitlistNumber = status === 'WAITLISTED' ? (counts.last_number ?? 0) + 1 : null;
    const holdExpiresAt = status === 'PENDING_PAYMENT' ? holdExpiry(now) : null;
    const values = [
      practiceId,
      masterclass.id,
      registrant.name,
      registrant.email,
      registrant.question,
      registrant.userId,
      status,
      waitlistNumber,
      holdExpiresAt,
      registrant.source,
      registrant.newsletterIssue,
      registrant.utmSource,
      registrant.utmMedium,
      registrant.utmCampaign,
      registrant.consentText,
      now,
    ];
    // A cancelled registration of the same address is reused: one row per address and masterclass, always.
    const rows: { id: string }[] = await this.db.manager.query(
      `insert into registration as r (tenant_id, masterclass_id, name, email, question, user_id, status, waitlist_number, hold_expires_at,
                                      source, newsletter_issue, utm_source, utm_medium, utm_campaign, consent_text, registered_at, confirmed_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, case when $7 = 'CONFIRMED' then $16::timestamptz end)
       on conflict (tenant_id, masterclass_id, email) do update
          set name = excluded.name, question = excluded.question, user_id = coalesce(excluded.user_id, r.user_id), status = excluded.status,
              waitlist_number = excluded.waitlist_number, hold_expires_at = excluded.hold_expires_at, source = excluded.source,
              newsletter_issue = excluded.newsletter_issue, utm_source = excluded.utm_source, utm_medium = excluded.utm_medium,
              utm_campaign = excluded.utm_campaign, consent_text = excluded.consent_text, registered_at = excluded.registered_at,
              confirmed_at = excluded.confirmed_at, cancelled_at = null, attendance = null, updated_at = now()
        where r.status = 'CANCELLED'
       returning id`,
      values,
    );
    await this.afterSeatChange(rows[0].id, status, holdExpiresAt, false);
    return { id: rows[0].id, status, isNew: true };
  }

  /**
   * Cancels one registration of a locked masterclass (its seat, hold or place) and fills the seat it frees.
   * Answers false when it was cancelled already.
   */
  async release(masterclass: LockedMasterclass, registrationId: string, now: Date): Promise<boolean> {
    const rows = await this.db.manager.query(
      `update registration set status = 'CANCELLED', waitlist_number = null, hold_expires_at = null, cancelled_at = $3, updated_at = now()
        where tenant_id = $1 and id = $2 and masterclass_id = $4 and status <> 'CANCELLED' returning id`,
      [this.context.practiceId, registrationId, now, masterclass.id],
    );
    if (!rows.length) return false;
    await this.promote(masterclass, now);
    return true;
  }

  /**
   * Gives free seats of a locked masterclass to the head of its waitlist, in arrival order, and mails each of them.
   * A published masterclass that has not started only: seats of a past or cancelled one stay free.
   */
  async promote(masterclass: LockedMasterclass, now: Date): Promise<string[]> {
    if (masterclass.status !== 'PUBLISHED' || masterclass.startsAt.getTime() <= now.getTime()) return [];
    const practiceId = this.context.practiceId;
    const [counts]: { seats_taken: number; waiting: number }[] = await this.db.manager.query(
      `select count(*) filter (where status in ('CONFIRMED', 'PENDING_PAYMENT'))::int as seats_taken,
              count(*) filter (where status = 'WAITLISTED')::int as waiting
         from registration where tenant_id = $1 and masterclass_id = $2`,
      [practiceId, masterclass.id],
    );
    const count = promotions({ capacity: masterclass.capacity, seatsTaken: counts.seats_taken, waiting: counts.waiting });
    if (!count) return [];
    const status = seatFor({ capacity: masterclass.capacity, seatsTaken: 0, paid: masterclass.paid });
    const holdExpiresAt = status === 'PENDING_PAYMENT' ? holdExpiry(now) : null;
    const promoted: { id: string }[] = await this.db.manager.query(
      `update registration set status = $4, waitlist_number = null, hold_expires_at = $5,
              confirmed_at = case when $4 = 'CONFIRMED' then $6::timestamptz end, updated_at = now()
        where tenant_id = $1 and id in (
          select id from registration where tenant_id = $1 and masterclass_id = $2 and status = 'WAITLISTED'
           order by waitlist_number limit $3)
        returning id`,
      [practiceId, masterclass.id, count, status, holdExpiresAt, now],
    );
    for (const { id } of promoted) await this.afterSeatChange(id, status, holdExpiresAt, true);
    return promoted.map((r) => r.id);
  }

  /** The registrant's mail, and for a seat held for payment the job that releases it if it is still unpaid. */
  private async afterSeatChange(registrationId: string, status: SeatStatus, holdExpiresAt: Date | null, promoted: boolean) {
    if (status === 'WAITLISTED') return this.mail.toRegistrant(registrationId, 'WAITLISTED');
    if (status === 'CONFIRMED') return this.mail.toRegistrant(registrationId, promoted ? 'PROMOTED' : 'CONFIRMED');
    await this.mail.toRegistrant(registrationId, 'PAYMENT_HOLD');
    const payload: HoldExpiryJob = { practiceId: this.context.practiceId, registrationId };
    await this.jobs.enqueue(HOLD_EXPIRY, payload, { jobKey: registrationId, runAt: holdExpiresAt ?? undefined });
  }
}
