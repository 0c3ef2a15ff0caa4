import { Injectable } from '@nestjs/common';
import { People, PracticeService } from '@ascend/identity';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { EventsClock } from '../shared/events-clock';
import { RegistrationMailQueue } from '../shared/registration-mail-queue';
import type { RegistrationMailKind } from '../shared/registration-mail-queue';
import { MY_REGISTRATION_SQL, MyRegistrationRow, myRegistrationFromRow } from './my-registration-rows';
import { RegistrationLinks } from './registration-links';
import { MyRegistration, RegisterForMasterclassInput, RegistrationReceipt } from './registration.models';
import { registrationClosed } from './seat-rules';
import { LockedMasterclass, Registrant, Seats } from './seats';

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
    private readonly practices: PracticeService,
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
    const practice = await this.practices.publicProfile(input.practiceSlug);
    if (!practice) throw new DomainError('NOT_FOUND', 'No practice has this address', [{ field: 'input.practiceSlug', message: 'is not the address of a practice' }]);
    this.db.actAs({ practiceId: practice.id });
    const masterclass = await this.openMasterclass({ slug: input.masterclassSlug }, 'input.masterclassSlug');
    const origin = input.origin ?? {};
    const registrant: Registrant = {
      name: input.name,
      email: input.email.trim().toLowerCase(),
      question: input.question.trim(),
      consentText: registrationConsent(practice.name),
      userId: null,
      source: origin.newsletterIssue ? 'NEWSLETTER' : 'DIRECT',
      newsletterIssue: origin.newsletterIssue?.trim() || null,
      utmSource: origin.utmSource?.trim() || null,
      utmMedium: origin.utmMedium?.trim() || null,
      utmCampaign: origin.utmCampaign?.trim() || null,
    };
    const now = this.clock.now();
    const admitted = await this.seats.admit(masterclass, registrant, now);
    if (!admitted.isNew) {
      await this.mail.toRegistrant(admitted.id, MAIL_FOR_STATUS[admitted.status]);
      return { alreadyRegistered: true, registration: null };
    }
    return { alreadyRegistered: false, registration: await this.mine(admitted.id, now) };
  }

  /** A signed-in client registers in one click, with the name and address of their account. */
  async registerMe(masterclassId: string): Promise<MyRegistration> {
    const person = await this.people.byId(this.context.userId);
    const practice = await this.practices.findById(this.context.practiceId);
    const masterclass = await this.openMasterclass({ id: masterclassId }, 'masterclassId');
    const now = this.clock.now();
    const admitted = await this.seats.admit(
      masterclass,
      {
        name: person.name,
        email: person.email,
        question: '',
        consentText: registrationConsent(practice?.name ?? 'the practice'),
        userId: person.id,
        source: 'PORTAL',
        newsletterIssue: null,
        utmSource: null,
        utmMedium: null,
        utmCampaign: null,
      },
      now,
    );
    return this.mine(admitted.id, now);
  }

  /** The registration a signed link names. */
  async byLink(token: string): Promise<MyRegistration> {
    const ref = this.links.read(token);
    if (!ref) throw badLink();
    this.db.actAs({ practiceId: ref.practiceId });
    return this.mine(ref.registrationId, this.clock.now()).catch(() => Promise.reject(badLink()));
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

  /** Locks a masterclass that takes registrations now; a draft or a missing one is NOT_FOUND, a closed one says why. */
  private async openMasterclass(by: { id: string } | { slug: string }, field: string): Promise<LockedMasterclass> {
    const masterclass = await this.seats.lock(by);
    if (!masterclass || masterclass.status === 'DRAFT') {
      throw new DomainError('NOT_FOUND', 'No such masterclass', [{ field, message: 'is not a masterclass of this practice' }]);
    }
    const closed = registrationClosed(masterclass, this.clock.now(), field);
    if (closed) throw new DomainError('BAD_USER_INPUT', `This masterclass ${closed.message}`, [closed]);
    return masterclass;
  }
}
