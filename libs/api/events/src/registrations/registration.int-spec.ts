import { CoachingModule } from '@ascend/coaching';
import { IdentityModule } from '@ascend/identity';
import { buildPractice, MailCatcher, startMailCatcher, startTestApp, TestApp, uniqueEmail, waitForJobs } from '@ascend/platform/testing';
import { EventsModule } from '../events.module';
import { buildMasterclass, guest } from '../shared/masterclass-scenario';

const REGISTER = `mutation($input: RegisterForMasterclassInput!) {
  registerForMasterclass(input: $input) { alreadyRegistered registration { id status waitlistPosition holdExpiresAt joinUrl manageToken calendarUrl masterclass { title seatsLeft } } }
}`;
const BY_LINK = `query($token: String!) { registrationByLink(token: $token) { id status waitlistPosition joinUrl } }`;
const CANCEL = `mutation($token: String!) { cancelRegistration(token: $token) { id status } }`;

type Receipt = { registerForMasterclass: { alreadyRegistered: boolean; registration: { id: string; status: string; waitlistPosition: number | null; holdExpiresAt: string | null; joinUrl: string | null; manageToken: string } | null } };

describe('registering for a masterclass', () => {
  let t: TestApp;
  let mail: MailCatcher;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule], env: { AUTH_RATE_LIMIT: '1000000', SMTP_URL: mail.smtpUrl } });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  const register = (input: Record<string, unknown>) => t.graphql<Receipt>(REGISTER, { input });
  const statuses = (masterclassId: string) =>
    t.db.query<{ email: string; status: string; waitlist_number: number | null }>(
      `select email, status, waitlist_number from registration where masterclass_id = $1 order by registered_at, waitlist_number nulls first`,
      [masterclassId],
    );

  it('gives a guest a seat with the join link, and the same address registering again gets no duplicate and no link', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 5 });
    const email = uniqueEmail('Guest');
    const first = await register({ ...guest(practice.slug, masterclass.slug, email), origin: { utmSource: 'linkedin', utmCampaign: 'spring' } });
    expect(first.errors).toBeUndefined();
    expect(first.data?.registerForMasterclass).toMatchObject({
      alreadyRegistered: false,
      registration: { status: 'CONFIRMED', waitlistPosition: null, joinUrl: 'https://meet.example.com/leading', masterclass: { seatsLeft: 4 } },
    });
    const again = await register(guest(practice.slug, masterclass.slug, email.toUpperCase()));
    expect(again.data?.registerForMasterclass).toEqual({ alreadyRegistered: true, registration: null });
    const rows = await t.db.query<{ email: string; source: string; utm_source: string; consent_text: string }>(
      `select email, source, utm_source, consent_text from registration where masterclass_id = $1`,
      [masterclass.id],
    );
    expect(rows).toEqual([{ email: email.toLowerCase(), source: 'DIRECT', utm_source: 'linkedin', consent_text: expect.stringContaining(`I agree that ${practice.name} may email me`) }]);
    await waitForJobs(t.db);
  });

  it('puts registrants past capacity on the waitlist in order, and a cancellation through the signed link promotes the first', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 1 });
    const [a, b, c] = [uniqueEmail('a'), uniqueEmail('b'), uniqueEmail('c')];
    const seated = (await register(guest(practice.slug, masterclass.slug, a))).data!.registerForMasterclass.registration!;
    const second = (await register(guest(practice.slug, masterclass.slug, b))).data!.registerForMasterclass.registration!;
    const third = (await register(guest(practice.slug, masterclass.slug, c))).data!.registerForMasterclass.registration!;
    expect([seated.status, second.status, third.status]).toEqual(['CONFIRMED', 'WAITLISTED', 'WAITLISTED']);
    expect([second.waitlistPosition, third.waitlistPosition, second.joinUrl]).toEqual([1, 2, null]);

    const cancelled = await t.graphql<{ cancelRegistration: { status: string } }>(CANCEL, { token: seated.manageToken });
    expect(cancelled.data?.cancelRegistration.status).toBe('CANCELLED');
    const promoted = await t.graphql<{ registrationByLink: { status: string; joinUrl: string | null } }>(BY_LINK, { token: second.manageToken });
    expect(promoted.data?.registrationByLink).toMatchObject({ status: 'CONFIRMED', joinUrl: 'https://meet.example.com/leading' });
    const next = await t.graphql<{ registrationByLink: { waitlistPosition: number } }>(BY_LINK, { token: third.manageToken });
    expect(next.data?.registrationByLink.waitlistPosition).toBe(1);
    // Cancelling twice changes nothing more.
    expect((await t.graphql(CANCEL, { token: seated.manageToken })).errors).toBeUndefined();
    expect((await statuses(masterclass.id)).map((r) => r.status).sort()).toEqual(['CANCELLED', 'CONFIRMED', 'WAITLISTED']);
    await waitForJobs(t.db);
    const seatMail = await mail.waitFor((m) => m.to.includes(b.toLowerCase()) && m.tag === 'masterclass-promoted');
    expect(seatMail.text).toContain('https://meet.example.com/leading');
    expect(mail.messages.filter((m) => m.to.includes(a.toLowerCase()) && m.tag === 'masterclass-registration-cancelled')).toHaveLength(1);
  });

  it('never overbooks: capacity + 50 registrants at once, many times over, leave exactly capacity confirmed and the rest waitlisted in order', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    for (let round = 0; round < 8; round++) {
      const capacity = 3 + round * 4;
      const masterclass = await buildMasterclass(t, practice, { capacity });
      const emails = Array.from({ length: capacity + 50 }, (_, i) => `rush-${round}-${i}-${Date.now()}@example.com`);
      const answers = await Promise.all(emails.map((email) => register(guest(practice.slug, masterclass.slug, email))));
      expect(answers.filter((a) => a.errors)).toEqual([]);
      const rows = await statuses(masterclass.id);
      expect(rows.filter((r) => r.status === 'CONFIRMED')).toHaveLength(capacity);
      const waitlisted = rows.filter((r) => r.status === 'WAITLISTED');
      expect(waitlisted).toHaveLength(50);
      // Arrival order: numbered 1..50 with no gap, and each answer told the position its number gives.
      expect(waitlisted.map((r) => r.waitlist_number).sort((x, y) => x! - y!)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      const told = answers.map((a) => a.data!.registerForMasterclass.registration!).filter((r) => r.status === 'WAITLISTED');
      expect(told.map((r) => r.waitlistPosition).sort((x, y) => x! - y!)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      // The counts the next registrant is decided by match the registrations themselves.
      expect(await t.db.query(`select seats_taken, waitlist_issued - waitlist_left as waiting from masterclass where id = $1`, [masterclass.id])).toEqual([{ seats_taken: capacity, waiting: 50 }]);
    }
    await waitForJobs(t.db);
  });

  it('keeps one registration when the same address is sent several times at once, and no gap in the waitlist', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 1 });
    await register(guest(practice.slug, masterclass.slug, uniqueEmail('first')));
    const email = uniqueEmail('twice');
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => register(guest(practice.slug, masterclass.slug, email))));
    const made = answers.filter((a) => a.data?.registerForMasterclass.registration);
    expect(made).toHaveLength(1);
    // The admission reads the address's registration after it holds the lock: the others find it, every time.
    expect(answers.filter((a) => !a.data?.registerForMasterclass.registration).map((a) => a.data?.registerForMasterclass)).toEqual(
      [1, 2, 3, 4].map(() => ({ alreadyRegistered: true, registration: null })),
    );
    expect((await statuses(masterclass.id)).filter((r) => r.email === email.toLowerCase())).toEqual([{ email: email.toLowerCase(), status: 'WAITLISTED', waitlist_number: 1 }]);
    expect(await t.db.query(`select waitlist_issued, waitlist_left from masterclass where id = $1`, [masterclass.id])).toEqual([{ waitlist_issued: 1, waitlist_left: 0 }]);
    await waitForJobs(t.db);
  });

  it('holds a seat of a paid masterclass for payment, and an expired hold frees it for the waitlist', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 1, priceCents: 4900 });
    const held = (await register(guest(practice.slug, masterclass.slug, uniqueEmail('payer')))).data!.registerForMasterclass.registration!;
    expect(held.status).toBe('PENDING_PAYMENT');
    expect(new Date(held.holdExpiresAt!).getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    const waiting = (await register(guest(practice.slug, masterclass.slug, uniqueEmail('waiting')))).data!.registerForMasterclass.registration!;
    expect(waiting.status).toBe('WAITLISTED');
    // The hold runs out: its expiry job, due now, releases the seat to the head of the waitlist (held for them in turn).
    await t.db.query(`update registration set hold_expires_at = now() - interval '1 second' where id = $1`, [held.id]);
    await t.db.query(`update graphile_worker._private_jobs set run_at = now() where task_id = (select id from graphile_worker._private_tasks where identifier = 'events.hold-expiry')`);
    await waitForJobs(t.db);
    const after = await statuses(masterclass.id);
    expect(after.map((r) => r.status)).toEqual(['CANCELLED', 'PENDING_PAYMENT']);
  });

  it('refuses bad input by field and keeps nothing', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const open = await buildMasterclass(t, practice);
    const draft = await buildMasterclass(t, practice, { status: 'DRAFT' });
    const cancelled = await buildMasterclass(t, practice, { status: 'CANCELLED' });
    const closed = await buildMasterclass(t, practice, { deadlineInHours: -1 });
    const codeAndFields = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => ({
      code: answer.errors?.[0].extensions?.code,
      fields: (answer.errors?.[0].extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field),
    });
    expect(codeAndFields(await register(guest(practice.slug, open.slug, 'not-an-email')))).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.email'] });
    expect(codeAndFields(await register({ ...guest(practice.slug, open.slug, uniqueEmail('x')), consent: false }))).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.consent'] });
    expect(codeAndFields(await register(guest(practice.slug, draft.slug, uniqueEmail('x'))))).toEqual({ code: 'NOT_FOUND', fields: ['input.masterclassSlug'] });
    const refusedCancelled = await register(guest(practice.slug, cancelled.slug, uniqueEmail('x')));
    expect(codeAndFields(refusedCancelled)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.masterclassSlug'] });
    expect(refusedCancelled.errors?.[0].message).toBe('This masterclass is cancelled: it takes no registrations');
    const late = await register(guest(practice.slug, closed.slug, uniqueEmail('x')));
    expect(late.errors?.[0].message).toBe('This masterclass closed registration at its deadline');
    expect(codeAndFields(await register(guest('no-such-practice', open.slug, uniqueEmail('x'))))).toEqual({ code: 'NOT_FOUND', fields: ['input.practiceSlug'] });
    expect(await t.db.query(`select id from registration where tenant_id = $1`, [practice.practiceId])).toEqual([]);
  });

  it('refuses a tampered or foreign link like a missing one', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice);
    const registration = (await register(guest(practice.slug, masterclass.slug, uniqueEmail('link')))).data!.registerForMasterclass.registration!;
    const token = registration.manageToken;
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const otherId = token.replace(registration.id, '00000000-0000-4000-8000-000000000000');
    for (const bad of [tampered, otherId, 'nonsense', '']) {
      const answer = await t.graphql(CANCEL, { token: bad });
      expect(answer.errors?.[0]).toMatchObject({ message: 'This registration link is not valid: use the link in your latest email', extensions: { code: 'NOT_FOUND' } });
    }
    expect((await statuses(masterclass.id)).map((r) => r.status)).toEqual(['CONFIRMED']);
    await waitForJobs(t.db);
  });
});
