import { Injectable } from '@nestjs/common';
import { DomainError } from '@ascend/platform/graphql';
import { JobHandler, JobHandlerOf, Jobs } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { EventsClock } from '../shared/events-clock';
import { RegistrationMailQueue } from '../shared/registration-mail-queue';
import { RegistrationLinks } from '../registrations/registration-links';
import { HOLD_EXPIRY, HoldExpiryJob, Seats } from '../registrations/seats';
import { HELD_SEAT_SQL, HeldSeat, HeldSeatRow, unpayable } from './held-seat';

/**
 * The seam between a seat held for payment and the payment itself, which billing brings: billing reads the held seat
 * a registrant's link names (`heldSeat`), keeps it held while its Checkout session is open (`extendHold`), calls
 * `confirmPaid` when a payment succeeds, `release` when it fails or is abandoned, and `cancelRefunded` when a paid
 * seat is refunded; the hold's own expiry job releases it otherwise. Every transition locks the masterclass first,
 * like every other change of seats.
 */
@Injectable()
export class SeatPayments {
  constructor(
    private readonly db: TenantDatabase,
    private readonly seats: Seats,
    private readonly mail: RegistrationMailQueue,
    private readonly clock: EventsClock,
    private readonly links: RegistrationLinks,
    private readonly jobs: Jobs,
  ) {}

  /**
   * The seat a registrant's signed link names, while it is held for payment; acts in its practice from then on.
   * A bad link answers NOT_FOUND, a seat that is paid, waiting or released CONFLICT, each naming the token.
   */
  async heldSeat(token: string): Promise<HeldSeat> {
    const ref = this.links.read(token);
    if (!ref) throw badLink();
    this.db.actAs({ practiceId: ref.practiceId });
    const [row]: HeldSeatRow[] = await this.db.manager.query(HELD_SEAT_SQL, [ref.practiceId, ref.registrationId]);
    if (!row) throw badLink();
    const refusal = unpayable(row, this.clock.now());
    if (refusal) throw refusal;
    return {
      practiceId: ref.practiceId,
      registrationId: row.id,
      name: row.name,
      email: row.email,
      masterclassTitle: row.title,
      priceCents: row.price_cents!,
      currency: row.currency!.toLowerCase(),
      holdExpiresAt: row.hold_expires_at!,
      manageUrl: this.links.manageUrl(row.practice_slug, ref),
    };
  }

  /**
   * Keeps a live hold until `until` (never shortening it) and moves its expiry job there. Billing calls it once per
   * Checkout session it opens for the seat: Stripe keeps a session open at least 30 minutes, as long as the whole
   * hold, so the seat waits as long as the session can be paid. Answers false when the seat is no longer held.
   */
  async extendHold(practiceId: string, registrationId: string, until: Date): Promise<boolean> {
    this.db.actAs({ practiceId });
    const registration = await this.registration(practiceId, registrationId).catch(() => undefined);
    if (!registration || !(await this.seats.lock({ id: registration.masterclass_id }))) return false;
    const [rows]: [{ hold_expires_at: Date }[], number] = await this.db.manager.query(
      `update registration set hold_expires_at = greatest(hold_expires_at, $3), updated_at = now()
        where tenant_id = $1 and id = $2 and status = 'PENDING_PAYMENT' and hold_expires_at > $4
        returning hold_expires_at`,
      [practiceId, registrationId, until, this.clock.now()],
    );
    if (!rows.length) return false;
    const job: HoldExpiryJob = { practiceId, registrationId };
    await this.jobs.enqueue(HOLD_EXPIRY, job, { jobKey: registrationId, runAt: rows[0].hold_expires_at });
    return true;
  }

  /**
   * Cancels a seat whose payment was refunded, as the registrant's own cancellation does (the same mail, and the
   * seat goes to the head of the waitlist). Answers false when it was cancelled already.
   */
  async cancelRefunded(practiceId: string, registrationId: string): Promise<boolean> {
    this.db.actAs({ practiceId });
    const registration = await this.registration(practiceId, registrationId).catch(() => undefined);
    const masterclass = registration && (await this.seats.lock({ id: registration.masterclass_id }));
    if (!masterclass || !(await this.seats.release(masterclass, registrationId, this.clock.now()))) return false;
    await this.mail.toRegistrant(registrationId, 'CANCELLED');
    return true;
  }

  /**
   * Confirms a held seat once its payment succeeded. A payment that arrives after the hold ran out still confirms
   * while a seat is free; otherwise it answers CONFLICT, and billing refunds it.
   */
  async confirmPaid(practiceId: string, registrationId: string): Promise<'CONFIRMED' | 'ALREADY_CONFIRMED'> {
    this.db.actAs({ practiceId });
    const registration = await this.registration(practiceId, registrationId);
    const masterclass = await this.seats.lock({ id: registration.masterclass_id });
    if (!masterclass) throw gone();
    const [current]: { status: string }[] = await this.db.manager.query(`select status from registration where tenant_id = $1 and id = $2`, [practiceId, registrationId]);
    if (current.status === 'CONFIRMED') return 'ALREADY_CONFIRMED';
    if (current.status !== 'PENDING_PAYMENT') {
      const [seats]: { taken: number }[] = await this.db.manager.query(`select seats_taken as taken from masterclass where tenant_id = $1 and id = $2`, [
        practiceId,
        masterclass.id,
      ]);
      if (seats.taken >= masterclass.capacity) throw new DomainError('CONFLICT', 'The hold ran out and the seat went to someone else: refund the payment');
    }
    await this.db.manager.query(
      `update registration set status = 'CONFIRMED', hold_expires_at = null, waitlist_number = null, cancelled_at = null, confirmed_at = $3, updated_at = now()
        where tenant_id = $1 and id = $2`,
      [practiceId, registrationId, this.clock.now()],
    );
    await this.mail.toRegistrant(registrationId, 'CONFIRMED');
    return 'CONFIRMED';
  }

  /** Releases a held seat now (payment failed or abandoned, or the hold ran out): the waitlist moves up. */
  async release(practiceId: string, registrationId: string, { onlyIfExpired = false } = {}): Promise<boolean> {
    this.db.actAs({ practiceId });
    const registration = await this.registration(practiceId, registrationId).catch(() => undefined);
    if (!registration) return false;
    const masterclass = await this.seats.lock({ id: registration.masterclass_id });
    if (!masterclass) return false;
    const now = this.clock.now();
    const [held]: { id: string }[] = await this.db.manager.query(
      `select id from registration where tenant_id = $1 and id = $2 and status = 'PENDING_PAYMENT' and ($3::boolean is false or hold_expires_at <= $4)`,
      [practiceId, registrationId, onlyIfExpired, now],
    );
    if (!held) return false;
    await this.seats.release(masterclass, registrationId, now);
    await this.mail.toRegistrant(registrationId, 'HOLD_EXPIRED');
    return true;
  }

  private async registration(practiceId: string, registrationId: string): Promise<{ masterclass_id: string }> {
    const [row]: { masterclass_id: string }[] = await this.db.manager.query(`select masterclass_id from registration where tenant_id = $1 and id = $2`, [
      practiceId,
      registrationId,
    ]);
    if (!row) throw gone();
    return row;
  }
}

const badLink = () => new DomainError('NOT_FOUND', 'This registration link is not valid: use the link in your latest email', [{ field: 'token', message: 'is not a valid registration link' }]);

const gone = () => new DomainError('NOT_FOUND', 'No such registration in this practice', [{ field: 'registrationId', message: 'is not a registration of this practice' }]);

/** Releases a seat whose hold ran out unpaid; a hold confirmed or cancelled meanwhile is left alone. */
@Injectable()
@JobHandler(HOLD_EXPIRY, { maxAttempts: 12 })
export class HoldExpiry implements JobHandlerOf<HoldExpiryJob> {
  constructor(private readonly payments: SeatPayments) {}

  async handle({ practiceId, registrationId }: HoldExpiryJob): Promise<void> {
    await this.payments.release(practiceId, registrationId, { onlyIfExpired: true });
  }
}
