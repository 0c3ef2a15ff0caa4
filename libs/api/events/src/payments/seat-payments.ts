import { Injectable } from '@nestjs/common';
import { DomainError } from '@ascend/platform/graphql';
import { JobHandler, JobHandlerOf } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { EventsClock } from '../shared/events-clock';
import { RegistrationMailQueue } from '../shared/registration-mail-queue';
import { HOLD_EXPIRY, HoldExpiryJob, Seats } from '../registrations/seats';

/**
 * The seam between a seat held for payment and the payment itself, which the billing issue brings: billing calls
 * `confirmPaid` when a payment succeeds and `release` when it fails or is abandoned; the hold's own expiry job
 * releases it otherwise. Every transition locks the masterclass first, like every other change of seats.
 */
@Injectable()
export class SeatPayments {
  constructor(
    private readonly db: TenantDatabase,
    private readonly seats: Seats,
    private readonly mail: RegistrationMailQueue,
    private readonly clock: EventsClock,
  ) {}

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
