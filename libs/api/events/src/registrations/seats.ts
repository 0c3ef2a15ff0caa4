import { Injectable } from '@nestjs/common';
import { Jobs } from '@ascend/platform/jobs';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { REGISTRATION_MAIL, RegistrationMailQueue } from '../shared/registration-mail-queue';
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

/** What `admit` did: admitted; the address was registered already; the masterclass is closed or gone. */
export interface Admission {
  outcome: 'ADMITTED' | 'EXISTING' | 'CLOSED' | 'NOT_FOUND';
  id: string | null;
  status: SeatStatus | 'CANCELLED' | null;
  /** Their place on the waitlist when they joined it; null with a seat. */
  waitlistPosition: number | null;
  holdExpiresAt: Date | null;
  joinUrl: string | null;
  replayUrl: string | null;
}

interface AdmissionRow {
  outcome: Admission['outcome'];
  registration_id: string | null;
  status: Admission['status'];
  waitlist_position: number | null;
  hold_expires_at: Date | null;
  join_url: string | null;
  replay_url: string | null;
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
 * Seats and the waitlist, settled by the database. The masterclass row carries its seat counts (kept by a trigger
 * on registration, and never past capacity by a check), and every change that takes or frees a seat updates or
 * locks that row first: so changes queue on it, two people never take the last seat, and the waitlist keeps
 * arrival order. A registration does all of it in one statement, so the row is held for as short a time as possible.
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
   * Admits a registrant in one statement (`app_admit_registrant`): it locks the masterclass row, then reads the
   * address's registration and the seat counts as committed, takes a free seat (held when the masterclass is paid)
   * or the next waitlist number, writes the registration and enqueues its mail (and the job that releases an unpaid
   * hold). Outside a transaction the lock lasts only inside the database, so a rush queues for microseconds each.
   */
  async admit(practiceId: string, masterclassId: string, registrant: Registrant, now: Date): Promise<Admission> {
    const mail = this.jobs.describe(REGISTRATION_MAIL);
    const hold = this.jobs.describe(HOLD_EXPIRY);
    const sql = `select * from app_admit_registrant($1, null, $2, $3, $4, $5, $6)`;
    const parameters = [
      practiceId,
      masterclassId,
      JSON.stringify(registrant),
      now,
      holdExpiry(now),
      JSON.stringify({ mail: { task: REGISTRATION_MAIL, maxAttempts: mail.maxAttempts }, hold: { task: HOLD_EXPIRY, maxAttempts: hold.maxAttempts } }),
    ];
    // Inside an operation that holds a transaction already (a signed-in client's), in it; otherwise on its own.
    const [row]: AdmissionRow[] = this.db.inTransaction ? await this.db.manager.query(sql, parameters) : await this.db.autocommit(sql, parameters);
    return {
      outcome: row.outcome,
      id: row.registration_id,
      status: row.status,
      waitlistPosition: row.waitlist_position,
      holdExpiresAt: row.hold_expires_at,
      joinUrl: row.join_url,
      replayUrl: row.replay_url,
    };
  }

  /**
   * Cancels one registration of a locked masterclass (its seat, hold or place) and fills the seat it frees.
   * Answers false when it was cancelled already.
   */
  async release(masterclass: LockedMasterclass, registrationId: string, now: Date): Promise<boolean> {
    const [rows]: [{ id: string }[], number] = await this.db.manager.query(
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
      `select seats_taken, waitlist_issued - waitlist_left as waiting from masterclass where tenant_id = $1 and id = $2`,
      [practiceId, masterclass.id],
    );
    const count = promotions({ capacity: masterclass.capacity, seatsTaken: counts.seats_taken, waiting: counts.waiting });
    if (!count) return [];
    const status = seatFor({ capacity: masterclass.capacity, seatsTaken: 0, paid: masterclass.paid });
    const holdExpiresAt = status === 'PENDING_PAYMENT' ? holdExpiry(now) : null;
    const [promoted]: [{ id: string }[], number] = await this.db.manager.query(
      `update registration set status = $4, waitlist_number = null, hold_expires_at = $5,
              confirmed_at = case when $4 = 'CONFIRMED' then $6::timestamptz end, updated_at = now()
        where tenant_id = $1 and id in (
          select id from registration where tenant_id = $1 and masterclass_id = $2 and status = 'WAITLISTED'
           order by waitlist_number limit $3)
        returning id`,
      [practiceId, masterclass.id, count, status, holdExpiresAt, now],
    );
    for (const { id } of promoted) await this.afterPromotion(id, status, holdExpiresAt);
    return promoted.map((r) => r.id);
  }

  /** A promoted registrant's mail, and for a seat held for payment the job that releases it if it stays unpaid. */
  private async afterPromotion(registrationId: string, status: SeatStatus, holdExpiresAt: Date | null) {
    if (status === 'CONFIRMED') return this.mail.toRegistrant(registrationId, 'PROMOTED');
    await this.mail.toRegistrant(registrationId, 'PAYMENT_HOLD');
    const payload: HoldExpiryJob = { practiceId: this.context.practiceId, registrationId };
    await this.jobs.enqueue(HOLD_EXPIRY, payload, { jobKey: registrationId, runAt: holdExpiresAt ?? undefined });
  }
}
