import { CoachingModule } from '@ascend/coaching';
import { IdentityModule } from '@ascend/identity';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { buildPractice, MailCatcher, startMailCatcher, startTestApp, TestApp, uniqueEmail, waitForJobs } from '@ascend/platform/testing';
import { EventsModule } from '../events.module';
import { buildMasterclass, guest } from '../shared/masterclass-scenario';
import { SeatPayments } from './seat-payments';

const REGISTER = `mutation($input: RegisterForMasterclassInput!) { registerForMasterclass(input: $input) { registration { id status } } }`;

/** The transitions billing will drive: a held seat confirmed by payment, released when payment fails, refused once gone. */
describe('seats held for payment', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let payments: SeatPayments;
  let db: TenantDatabase;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule], env: { AUTH_RATE_LIMIT: '1000000', SMTP_URL: mail.smtpUrl } });
    payments = t.app.get(SeatPayments);
    db = t.app.get(TenantDatabase);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  const registerIn = async (practiceSlug: string, slug: string, email: string) =>
    (await t.graphql<{ registerForMasterclass: { registration: { id: string; status: string } } }>(REGISTER, { input: guest(practiceSlug, slug, email) })).data!
      .registerForMasterclass.registration;
  const statusOf = async (id: string) => (await t.db.query<{ status: string }>(`select status from registration where id = $1`, [id]))[0].status;

  it('confirms a held seat once payment succeeds, once, and mails the confirmation', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 1, priceCents: 4900 });
    const email = uniqueEmail('payer');
    const held = await registerIn(practice.slug, masterclass.slug, email);
    expect(held.status).toBe('PENDING_PAYMENT');
    expect(await db.run({ practiceId: practice.practiceId }, () => payments.confirmPaid(practice.practiceId, held.id))).toBe('CONFIRMED');
    expect(await db.run({ practiceId: practice.practiceId }, () => payments.confirmPaid(practice.practiceId, held.id))).toBe('ALREADY_CONFIRMED');
    expect(await statusOf(held.id)).toBe('CONFIRMED');
    await waitForJobs(t.db);
    await mail.waitFor((m) => m.to.includes(email.toLowerCase()) && m.tag === 'masterclass-confirmed');
    // The confirmed seat is no longer a hold: its expiry, if it ran now, changes nothing.
    expect(await db.run({ practiceId: practice.practiceId }, () => payments.release(practice.practiceId, held.id, { onlyIfExpired: true }))).toBe(false);
    expect(await statusOf(held.id)).toBe('CONFIRMED');
  });

  it('releases a hold whose payment failed to the head of the waitlist, and refuses a late payment once the seat is gone', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 1, priceCents: 4900 });
    const held = await registerIn(practice.slug, masterclass.slug, uniqueEmail('failed'));
    const next = await registerIn(practice.slug, masterclass.slug, uniqueEmail('next'));
    expect(next.status).toBe('WAITLISTED');
    expect(await db.run({ practiceId: practice.practiceId }, () => payments.release(practice.practiceId, held.id))).toBe(true);
    expect([await statusOf(held.id), await statusOf(next.id)]).toEqual(['CANCELLED', 'PENDING_PAYMENT']);
    await expect(db.run({ practiceId: practice.practiceId }, () => payments.confirmPaid(practice.practiceId, held.id))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await statusOf(held.id)).toBe('CANCELLED');
    await waitForJobs(t.db);
  });

  it('confirms a late payment while a seat is still free', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 2, priceCents: 4900 });
    const held = await registerIn(practice.slug, masterclass.slug, uniqueEmail('late'));
    await db.run({ practiceId: practice.practiceId }, () => payments.release(practice.practiceId, held.id));
    expect(await db.run({ practiceId: practice.practiceId }, () => payments.confirmPaid(practice.practiceId, held.id))).toBe('CONFIRMED');
    expect(await t.db.query(`select seats_taken from masterclass where id = $1`, [masterclass.id])).toEqual([{ seats_taken: 1 }]);
    await waitForJobs(t.db);
  });
});
