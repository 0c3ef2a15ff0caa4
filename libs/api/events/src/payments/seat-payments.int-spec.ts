import { CoachingModule } from '@ascend/coaching';
import { IdentityModule } from '@ascend/identity';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { buildPractice, MailCatcher, startMailCatcher, startTestApp, TestApp, uniqueEmail, waitForJobs } from '@ascend/platform/testing';
import { EventsModule } from '../events.module';
import { buildMasterclass, guest } from '../shared/masterclass-scenario';
import { SeatPayments } from './seat-payments';

const REGISTER = `mutation($input: RegisterForMasterclassInput!) { registerForMasterclass(input: $input) { registration { id status manageToken } } }`;
const HOLD_JOB = `select j.run_at from graphile_worker._private_jobs j join graphile_worker._private_tasks k on k.id = j.task_id
                   where k.identifier = 'events.hold-expiry' and j.payload->>'registrationId' = $1`;

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
    (await t.graphql<{ registerForMasterclass: { registration: { id: string; status: string; manageToken: string } } }>(REGISTER, { input: guest(practiceSlug, slug, email) })).data!
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

  it('reads a held seat from its link for payment, and refuses a bad link or a seat no longer held', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 1, priceCents: 4900, title: 'Feedback that lands' });
    const email = uniqueEmail('holder');
    const held = await registerIn(practice.slug, masterclass.slug, email);
    const waiting = await registerIn(practice.slug, masterclass.slug, uniqueEmail('waiting'));
    const seat = await db.run({}, () => payments.heldSeat(held.manageToken));
    expect(seat).toMatchObject({ practiceId: practice.practiceId, registrationId: held.id, email: email.toLowerCase(), masterclassTitle: 'Feedback that lands', priceCents: 4900, currency: 'eur' });
    expect(seat.manageUrl).toBe(`${t.config.publicUrl}/p/${practice.slug}/registrations/${held.manageToken}`);
    await expect(db.run({}, () => payments.heldSeat(`${held.manageToken.slice(0, -1)}x`))).rejects.toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'token' }] });
    await expect(db.run({}, () => payments.heldSeat(waiting.manageToken))).rejects.toMatchObject({ code: 'CONFLICT', fields: [{ field: 'token' }] });
    await db.run({ practiceId: practice.practiceId }, () => payments.confirmPaid(practice.practiceId, held.id));
    await expect(db.run({}, () => payments.heldSeat(held.manageToken))).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('paid for already') });
    await waitForJobs(t.db);
  });

  it('extends a live hold and moves its expiry job, never shortening it, and not once the seat is released', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 1, priceCents: 4900 });
    const held = await registerIn(practice.slug, masterclass.slug, uniqueEmail('extended'));
    const later = new Date(Date.now() + 45 * 60_000);
    expect(await db.run({}, () => payments.extendHold(practice.practiceId, held.id, later))).toBe(true);
    const [row] = await t.db.query<{ hold_expires_at: Date }>(`select hold_expires_at from registration where id = $1`, [held.id]);
    expect(row.hold_expires_at.getTime()).toBe(later.getTime());
    expect(await t.db.query<{ run_at: Date }>(HOLD_JOB, [held.id])).toEqual([{ run_at: later }]);
    expect(await db.run({}, () => payments.extendHold(practice.practiceId, held.id, new Date(Date.now() + 60_000)))).toBe(true);
    expect((await t.db.query<{ hold_expires_at: Date }>(`select hold_expires_at from registration where id = $1`, [held.id]))[0].hold_expires_at).toEqual(later);
    await db.run({}, () => payments.release(practice.practiceId, held.id));
    expect(await db.run({}, () => payments.extendHold(practice.practiceId, held.id, new Date(Date.now() + 50 * 60_000)))).toBe(false);
    await waitForJobs(t.db);
  });

  it('cancels a refunded seat, gives it to the head of the waitlist, and mails the cancellation', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 1, priceCents: 4900 });
    const email = uniqueEmail('refunded');
    const held = await registerIn(practice.slug, masterclass.slug, email);
    const next = await registerIn(practice.slug, masterclass.slug, uniqueEmail('next-in-line'));
    await db.run({}, () => payments.confirmPaid(practice.practiceId, held.id));
    expect(await db.run({}, () => payments.cancelRefunded(practice.practiceId, held.id))).toBe(true);
    expect(await db.run({}, () => payments.cancelRefunded(practice.practiceId, held.id))).toBe(false);
    expect([await statusOf(held.id), await statusOf(next.id)]).toEqual(['CANCELLED', 'PENDING_PAYMENT']);
    await waitForJobs(t.db);
    await mail.waitFor((m) => m.to.includes(email.toLowerCase()) && m.tag === 'masterclass-registration-cancelled');
  });
});
