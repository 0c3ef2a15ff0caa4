import { CoachingModule } from '@ascend/coaching';
import { IdentityModule } from '@ascend/identity';
import { buildPractice, MailCatcher, PracticeScenario, startMailCatcher, startTestApp, TestApp, uniqueEmail } from '@ascend/platform/testing';
import { readCalendar } from '../calendar/jest/read-ics';
import { buildRegistration } from '../calendar/jest/registrations';
import { EventsModule } from '../events.module';
import { RegistrationLinks } from '../registrations/registration-links';
import { buildMasterclass } from '../shared/masterclass-scenario';
import { REGISTRATION_MAIL, RegistrationMailKind } from '../shared/registration-mail-queue';
import { calendarOf, mailOf, mailsTo, runJob } from './jest/mail-jobs';

describe("a registrant's mail", () => {
  let t: TestApp;
  let mail: MailCatcher;
  let links: RegistrationLinks;
  let host: string;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule], env: { SMTP_URL: mail.smtpUrl } });
    links = t.app.get(RegistrationLinks);
    host = new URL(t.config.publicUrl).hostname;
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  const send = (practice: PracticeScenario, registrationId: string, kind: RegistrationMailKind) =>
    runJob(t, REGISTRATION_MAIL, { practiceId: practice.practiceId, registrationId, kind });

  it('confirms a seat with the join link, the time in the presenting zone, the manage and calendar links, and the .ics', async () => {
    const practice = await buildPractice(t, { name: 'Harbour Coaching' });
    const masterclass = await buildMasterclass(t, practice, { durationMinutes: 60 });
    await t.db.query(`update masterclass set starts_at = '2027-07-01T17:00:00Z', registration_deadline = '2027-07-01T17:00:00Z' where id = $1`, [masterclass.id]);
    const registrant = await buildRegistration(t, practice, masterclass.id, { name: 'Priya Raman' });

    await send(practice, registrant.id, 'CONFIRMED');
    const sent = await mailOf(mail, registrant.email, 'CONFIRMED');
    expect(sent.subject).toBe(`You’re in: ${masterclass.title}`);
    expect(sent.text).toContain(`Thank you for registering, Priya Raman. Your seat at “${masterclass.title}” with Harbour Coaching is confirmed.`);
    expect(sent.text).toContain('When: Thursday 1 July 2027, 18:00–19:00 (Europe/London)');
    expect(sent.links).toEqual(['https://meet.example.com/leading', links.calendarUrl(registrant.ref), links.manageUrl(practice.slug, registrant.ref)]);

    const { contentType, ics } = calendarOf(sent);
    expect(contentType).toBe('text/calendar');
    expect(sent.attachments?.[0].filename).toBe(`${masterclass.slug}.ics`);
    const invitation = readCalendar(ics);
    expect(invitation.method).toBe('PUBLISH');
    expect(invitation.events[0]).toMatchObject({ uid: `masterclass-${masterclass.id}@${host}`, status: 'CONFIRMED', location: 'https://meet.example.com/leading' });
    expect(invitation.events[0].start.toISOString()).toBe('2027-07-01T17:00:00.000Z');
    // The calendar link in the mail serves the same entry.
    const linked = await fetch(links.calendarUrl(registrant.ref).replace(t.config.publicUrl, t.url));
    expect(readCalendar(await linked.text()).events[0].uid).toBe(invitation.events[0].uid);
  });

  it('tells a waitlisted registrant their position as it stands when the mail goes', async () => {
    const practice = await buildPractice(t);
    const masterclass = await buildMasterclass(t, practice, { capacity: 1 });
    await buildRegistration(t, practice, masterclass.id);
    await buildRegistration(t, practice, masterclass.id, { status: 'WAITLISTED', waitlistNumber: 1 });
    await buildRegistration(t, practice, masterclass.id, { status: 'WAITLISTED', waitlistNumber: 2 });
    const third = await buildRegistration(t, practice, masterclass.id, { status: 'WAITLISTED', waitlistNumber: 3 });
    await t.db.query(`update registration set status = 'CANCELLED', waitlist_number = null where masterclass_id = $1 and waitlist_number = 1`, [masterclass.id]);

    await send(practice, third.id, 'WAITLISTED');
    const sent = await mailOf(mail, third.email, 'WAITLISTED');
    expect(sent.text).toContain('you are number 2 on the waitlist');
    expect(sent.text).not.toContain('meet.example.com');
    expect(sent.links).toContain(links.manageUrl(practice.slug, third.ref));
    expect(sent.attachments).toBeUndefined();
  });

  it('holds a paid seat until a time in the presenting zone and says where the payment link will come', async () => {
    const practice = await buildPractice(t);
    const masterclass = await buildMasterclass(t, practice, { priceCents: 4000, timeZone: 'America/New_York' });
    const held = await buildRegistration(t, practice, masterclass.id, { status: 'PENDING_PAYMENT', holdExpiresAt: new Date('2027-03-10T15:30:00Z') });
    await t.db.query(`update masterclass set starts_at = '2027-03-12T15:00:00Z', registration_deadline = '2027-03-12T15:00:00Z' where id = $1`, [masterclass.id]);

    await send(practice, held.id, 'PAYMENT_HOLD');
    const sent = await mailOf(mail, held.email, 'PAYMENT_HOLD');
    expect(sent.text).toContain('until 10:30 on Wednesday 10 March 2027 (America/New York)');
    expect(sent.text).toContain('once the payment of €40.00 arrives. You will receive the payment link by email');
    expect(sent.text).not.toContain('meet.example.com');
  });

  it('removes the entry from calendars when the masterclass is cancelled, and sends an update under the same UID with a higher sequence', async () => {
    const practice = await buildPractice(t);
    const moved = await buildMasterclass(t, practice);
    const seated = await buildRegistration(t, practice, moved.id);
    await t.db.query(`update masterclass set calendar_sequence = 1, join_url = 'https://meet.example.com/new-room' where id = $1`, [moved.id]);
    await send(practice, seated.id, 'MASTERCLASS_UPDATED');
    const update = await mailOf(mail, seated.email, 'MASTERCLASS_UPDATED');
    expect(update.links).toContain('https://meet.example.com/new-room');
    expect(readCalendar(calendarOf(update).ics)).toMatchObject({ method: 'PUBLISH', events: [{ uid: `masterclass-${moved.id}@${host}`, sequence: 1 }] });

    await t.db.query(`update masterclass set status = 'CANCELLED', calendar_sequence = 2 where id = $1`, [moved.id]);
    await send(practice, seated.id, 'MASTERCLASS_CANCELLED');
    const cancelled = await mailOf(mail, seated.email, 'MASTERCLASS_CANCELLED');
    expect(cancelled.subject).toBe(`Cancelled: ${moved.title}`);
    expect(cancelled.links).toEqual([`${t.config.publicUrl}/p/${practice.slug}`, links.manageUrl(practice.slug, seated.ref)]);
    expect(readCalendar(calendarOf(cancelled).ics)).toMatchObject({
      method: 'CANCEL',
      events: [{ uid: `masterclass-${moved.id}@${host}`, sequence: 2, status: 'CANCELLED', attendees: [`MAILTO:${seated.email}`] }],
    });
  });

  it('confirms a cancellation by the registrant with a link to register again', async () => {
    const practice = await buildPractice(t);
    const masterclass = await buildMasterclass(t, practice);
    const gone = await buildRegistration(t, practice, masterclass.id, { status: 'CANCELLED' });
    await send(practice, gone.id, 'CANCELLED');
    const sent = await mailOf(mail, gone.email, 'CANCELLED');
    expect(sent.links[0]).toBe(`${t.config.publicUrl}/p/${practice.slug}/masterclasses/${masterclass.slug}`);
    expect(readCalendar(calendarOf(sent).ics).method).toBe('CANCEL');
  });

  it('sends nothing when the mail no longer applies, or the registration is gone', async () => {
    const practice = await buildPractice(t);
    const masterclass = await buildMasterclass(t, practice);
    const waiting = await buildRegistration(t, practice, masterclass.id, { status: 'WAITLISTED' });
    const cancelled = await buildRegistration(t, practice, masterclass.id, { status: 'CANCELLED' });
    const seated = await buildRegistration(t, practice, masterclass.id);
    const deleted = await buildRegistration(t, practice, masterclass.id);
    await t.db.query(`delete from registration where id = $1`, [deleted.id]);

    await send(practice, waiting.id, 'CONFIRMED');
    for (const kind of ['CONFIRMED', 'WAITLISTED', 'MASTERCLASS_UPDATED', 'REMINDER_1H', 'REPLAY'] as const) await send(practice, cancelled.id, kind);
    await send(practice, seated.id, 'CANCELLED');
    await send(practice, deleted.id, 'CONFIRMED');
    await t.db.query(`update masterclass set status = 'CANCELLED' where id = $1`, [masterclass.id]);
    for (const kind of ['REMINDER_24H', 'REMINDER_1H', 'CONFIRMED', 'MASTERCLASS_UPDATED'] as const) await send(practice, seated.id, kind);

    for (const { email } of [waiting, cancelled, seated, deleted]) expect(mailsTo(mail, email)).toEqual([]);
    expect(await t.db.query(`select 1 from graphile_worker.jobs where last_error is not null`)).toEqual([]);
  });

  it('sends nothing for a suspended practice, and mails again once it is reactivated', async () => {
    const practice = await buildPractice(t);
    const masterclass = await buildMasterclass(t, practice);
    await t.db.query(`update masterclass set starts_at = now() + interval '30 hours', registration_deadline = now() + interval '30 hours' where id = $1`, [masterclass.id]);
    const seated = await buildRegistration(t, practice, masterclass.id);
    await t.db.query(`insert into practice_suspension (practice_id, reason, suspended_by) values ($1, 'Spam reports', 'ops@example.com')`, [practice.practiceId]);

    for (const kind of ['CONFIRMED', 'REMINDER_24H', 'MASTERCLASS_UPDATED'] as const) await send(practice, seated.id, kind);
    expect(mailsTo(mail, seated.email)).toEqual([]);

    await t.db.query(`delete from practice_suspension where practice_id = $1`, [practice.practiceId]);
    await send(practice, seated.id, 'REMINDER_24H');
    expect((await mailOf(mail, seated.email, 'REMINDER_24H')).to).toEqual([seated.email]);
    expect(mailsTo(mail, seated.email)).toHaveLength(1);
  });

  it('never puts the join link in a mail to anyone without a confirmed seat', async () => {
    const practice = await buildPractice(t);
    const masterclass = await buildMasterclass(t, practice, { priceCents: 2500 });
    const held = await buildRegistration(t, practice, masterclass.id, { status: 'PENDING_PAYMENT', email: uniqueEmail('held') });
    await send(practice, held.id, 'MASTERCLASS_UPDATED');
    const sent = await mailOf(mail, held.email, 'MASTERCLASS_UPDATED');
    expect(`${sent.text}${sent.html}${calendarOf(sent).ics}`).not.toContain('meet.example.com');
    expect(readCalendar(calendarOf(sent).ics).events[0].status).toBe('TENTATIVE');
  });
});
