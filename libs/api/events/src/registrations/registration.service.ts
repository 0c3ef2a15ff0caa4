import { Injectable } from '@nestjs/common';
import { People } from '@ascend/identity';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { EventsClock } from '../shared/events-clock';
import { RegistrationMailQueue } from '../shared/registration-mail-queue';
import type { RegistrationMailKind } from '../shared/registration-mail-queue';
import { masterclassNotFound } from '../masterclasses/masterclass.service';
import { PUBLIC_MASTERCLASS_COLUMNS, PUBLIC_MASTERCLASS_FROM, PublicMasterclassRow } from '../public-pages/public-masterclass-rows';
import { MY_REGISTRATION_SQL, MyRegistrationRow, myRegistrationFromRow } from './my-registration-rows';
import { RegistrationLinks } from './registration-links';
import { MyRegistration, RegisterForMasterclassInput, RegistrationReceipt } from './registration.models';
import { registrationClosed } from './seat-rules';
import { Admission, Registrant, Seats } from './seats';

/** What a registrant agrees to, recorded word for word. The public form shows the same words; change both together. */
export function registrationConsent(practiceName: string): string {
  return `I agree that ${practiceName} may email me about this masterclass and related coaching events. No spam; my details are never sold or shared, and I can ask for them to be deleted at any time.`;
}

const MAIL_FOR_STATUS: Record<string, RegistrationMailKind> = { CONFIRMED: 'CONFIRMED', WAITLISTED: 'WAITLISTED', PENDING_PAYMENT: 'PAYMENT_HOLD' };

const badLink = () => new DomainError('NOT_FOUND', 'This registration link is not valid: use the link in your latest email', [{ field: 'token', message: 'is not a valid registration link' }]);

/** Registering for a masterclass (as a guest or a signed-in client), and a registrant's own view of it through their link. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly seats: Seats,
    private readonly links: RegistrationLinks,
    private readonly mail: RegistrationMailQueue,
    private readonly people: People,
    private readonly clock: EventsClock,
  ) {}

  /**
   * A guest's registration from the public page. Registering an address again changes nothing and mails its details
   * again; the answer then holds no link, so nobody learns another person's registration by typing their address.
   */
  async register(input: RegisterForMasterclassInput): Promise<RegistrationReceipt> {
    if (!input.consent) throw new InvalidInputError([{ field: 'input.consent', message: 'must be given to register: the host needs it to email you the details' }]);
    if (input.website?.trim()) throw new InvalidInputError([{ field: 'input.website', message: 'must be left empty' }]);
    const field = 'input.masterclassSlug';
    // Read on its own, outside any transaction: what anyone may see of the masterclass, and its practice.
    const [masterclass]: OpenMasterclassRow[] = await this.db.autocommit(
      `select ${PUBLIC_MASTERCLASS_COLUMNS}, p.id as practice_id from ${PUBLIC_MASTERCLASS_FROM} where p.slug = $1 and pm.slug = $2`,
      [input.practiceSlug, input.masterclassSlug],
    );
    if (!masterclass) {
      const [practice] = await this.db.autocommit<unknown[]>(`select 1 from practice_profile where slug = $1`, [input.practiceSlug]);
      if (!practice) throw new DomainError('NOT_FOUND', 'No practice has this address', [{ field: 'input.practiceSlug', message: 'is not the address of a practice' }]);
      throw masterclassNotFound(field);
    }
    this.refuseClosed(masterclass, field);
    const origin = input.origin ?? {};
    const registrant: Registrant = {
      name: input.name,
      email: input.email.trim().toLowerCase(),
      question: input.question.trim(),
      consentText: registrationConsent(masterclass.practice_name),
      userId: null,
      source: origin.newsletterIssue ? 'NEWSLETTER' : 'DIRECT',
      newsletterIssue: origin.newsletterIssue?.trim() || null,
      utmSource: origin.utmSource?.trim() || null,
      utmMedium: origin.utmMedium?.trim() || null,
      utmCampaign: origin.utmCampaign?.trim() || null,
    };
    const admission = await this.seats.admit(masterclass.practice_id, masterclass.id, registrant, this.clock.now());
    if (admission.outcome === 'EXISTING') {
      // Mailed again, never shown: whoever typed the address learns nothing of the registration.
      this.db.actAs({ practiceId: masterclass.practice_id });
      await this.mail.toRegistrant(admission.id!, MAIL_FOR_STATUS[admission.status!]);
      return { alreadyRegistered: true, registration: null };
    }
    return { alreadyRegistered: false, registration: this.receipt(masterclass, registrant, admission, field) };
  }

  /** A signed-in client registers in one click, with the name and address of their account. */
  async registerMe(masterclassId: string): Promise<MyRegistration> {
    const person = await this.people.byId(this.context.userId);
    const [masterclass]: OpenMasterclassRow[] = await this.db.manager.query(
      `select ${PUBLIC_MASTERCLASS_COLUMNS}, p.id as practice_id from ${PUBLIC_MASTERCLASS_FROM} where pm.tenant_id = $1 and pm.id = $2`,
      [this.context.practiceId, masterclassId],
    );
    if (!masterclass) throw masterclassNotFound('masterclassId');
    this.refuseClosed(masterclass, 'masterclassId');
    const registrant: Registrant = {
      name: person.name,
      email: person.email,
      question: '',
      consentText: registrationConsent(masterclass.practice_name),
      userId: person.id,
      source: 'PORTAL',
      newsletterIssue: null,
      utmSource: null,
      utmMedium: null,
      utmCampaign: null,
    };
    const admission = await this.seats.admit(this.context.practiceId, masterclass.id, registrant, this.clock.now());
    // Their own registration already: shown to them, as it is theirs.
    if (admission.outcome === 'EXISTING') return this.mine(admission.id!, this.clock.now());
    return this.receipt(masterclass, registrant, admission, 'masterclassId');
  }

  /** The registration a signed link names. */
  async byLink(token: string): Promise<MyRegistration> {
    const ref = this.links.read(token);
    if (!ref) throw badLink();
    this.db.actAs({ practiceId: ref.practiceId });
    return this.mine(ref.registrationId, this.clock.now());
  }

  /** Cancels through the signed link in every mail; the freed seat goes to the head of the waitlist. */
  async cancelByLink(token: string): Promise<MyRegistration> {
    const ref = this.links.read(token);
    if (!ref) throw badLink();
    this.db.actAs({ practiceId: ref.practiceId });
    const [row]: { masterclass_id: string }[] = await this.db.manager.query(`select masterclass_id from registration where tenant_id = $1 and id = $2`, [
      ref.practiceId,
      ref.registrationId,
    ]);
    if (!row) throw badLink();
    const now = this.clock.now();
    const masterclass = await this.seats.lock({ id: row.masterclass_id });
    if (!masterclass) throw badLink();
    if (masterclass.startsAt.getTime() <= now.getTime()) {
      throw new DomainError('BAD_USER_INPUT', 'This masterclass has already started: there is nothing left to cancel', [{ field: 'token', message: 'names a masterclass that has started' }]);
    }
    if (await this.seats.release(masterclass, ref.registrationId, now)) await this.mail.toRegistrant(ref.registrationId, 'CANCELLED');
    return this.mine(ref.registrationId, now);
  }

  /** The signed-in person's registrations in this practice (by account or address), soonest first. */
  async myRegistrations(): Promise<MyRegistration[]> {
    const person = await this.people.byId(this.context.userId);
    const rows: MyRegistrationRow[] = await this.db.manager.query(
      `${MY_REGISTRATION_SQL} and (r.user_id = $2 or r.email = $3) order by pm.starts_at desc`,
      [this.context.practiceId, this.context.userId, person.email],
    );
    const now = this.clock.now();
    return rows.map((row) => myRegistrationFromRow(row, this.links, now));
  }

  private async mine(registrationId: string, now: Date): Promise<MyRegistration> {
    const rows: MyRegistrationRow[] = await this.db.manager.query(`${MY_REGISTRATION_SQL} and r.id = $2`, [this.context.practiceId, registrationId]);
    if (!rows[0]) throw badLink();
    return myRegistrationFromRow(rows[0], this.links, now);
  }

  /** A masterclass closed for registration says why, by the field that named it. */
  private refuseClosed(masterclass: PublicMasterclassRow, field: string) {
    const closed = registrationClosed({ status: masterclass.status, registrationDeadline: masterclass.registration_deadline, startsAt: masterclass.starts_at }, this.clock.now(), field);
    if (closed) throw new DomainError('BAD_USER_INPUT', `This masterclass ${closed.message}`, [closed]);
  }

  /** What the registrant sees at once, from what is known already: nothing more is read after the admission. */
  private receipt(masterclass: OpenMasterclassRow, registrant: Registrant, admission: Admission, field: string): MyRegistration {
    if (admission.outcome === 'NOT_FOUND') throw masterclassNotFound(field);
    if (admission.outcome === 'CLOSED' || !admission.id || !admission.status || admission.status === 'CANCELLED') {
      throw new DomainError('BAD_USER_INPUT', 'This masterclass has just stopped taking registrations', [{ field, message: 'is no longer open for registration' }]);
    }
    const seat = admission.status !== 'WAITLISTED';
    return myRegistrationFromRow(
      {
        ...masterclass,
        seats_taken: Math.min(masterclass.capacity, masterclass.seats_taken + (seat ? 1 : 0)),
        registration_id: admission.id,
        tenant_id: masterclass.practice_id,
        name: registrant.name,
        email: registrant.email,
        registration_status: admission.status,
        hold_expires_at: admission.holdExpiresAt,
        waitlist_position: admission.waitlistPosition,
        join_url: admission.joinUrl ?? '',
        replay_url: admission.replayUrl ?? '',
      },
      this.links,
      this.clock.now(),
    );
  }
}

interface OpenMasterclassRow extends PublicMasterclassRow {
  practice_id: string;
}
