import { CoachingModule } from '@ascend/coaching';
import { IdentityModule } from '@ascend/identity';
import { buildPractice, MailCatcher, startMailCatcher, startTestApp, TestApp, waitForJobs } from '@ascend/platform/testing';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { readCalendar } from '../calendar/jest/read-ics';
import { buildRegistration } from '../calendar/jest/registrations';
import { EventsModule } from '../events.module';
import { buildMasterclass } from '../shared/masterclass-scenario';
import { MASTERCLASS_MAIL, MASTERCLASS_REMINDERS, MasterclassRemindersJob } from '../shared/registration-mail-queue';
import { calendarOf, mailOf, mailsTo, runJob } from './jest/mail-jobs';
import { MasterclassReminders } from './masterclass-mail.jobs';

describe('mail to every registrant of a masterclass', () => {
  let t: TestApp;
  let mail: MailCatcher;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule], env: { SMTP_URL: mail.smtpUrl } });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  /** A masterclass with one registration in each state. */
  async function registrants(spec: Parameters<typeof buildMasterclass>[2] = {}) {
    const practice = await buildPractice(t);
    const masterclass = await buildMasterclass(t, practice, { capacity: 3, priceCents: 3000, ...spec });
    return {
      practice,
      masterclass,
      confirmed: await buildRegistration(t, practice, masterclass.id, { attendance: 'ATTENDED' }),
      noShow: await buildRegistration(t, practice, masterclass.id, { attendance: 'NO_SHOW' }),
      held: await buildRegistration(t, practice, masterclass.id, { status: 'PENDING_PAYMENT' }),
      waiting: await buildRegistration(t, practice, masterclass.id, { status: 'WAITLISTED' }),
      cancelled: await buildRegistration(t, practice, masterclass.id, { status: 'CANCELLED' }),
    };
  }

  const ledger = (masterclassId: string) =>
    t.db.query<{ email: string; kind: string }>(
      `select r.email, m.kind from registration_mail m join registration r on r.tenant_id = m.tenant_id and r.id = m.registration_id
        where r.masterclass_id = $1 order by r.email, m.kind`,
      [masterclassId],
    );

  it('tells every registrant with a place of a cancellation, with a calendar cancellation, and no one already cancelled', async () => {
    const { practice, masterclass, confirmed, noShow, held, waiting, cancelled } = await registrants();
    await t.db.query(`update masterclass set status = 'CANCELLED', calendar_sequence = 1 where id = $1`, [masterclass.id]);
    await runJob(t, MASTERCLASS_MAIL, { practiceId: practice.practiceId, masterclassId: masterclass.id, kind: 'MASTERCLASS_CANCELLED' });

    for (const { email } of [confirmed, noShow, held, waiting]) {
      const sent = await mailOf(mail, email, 'MASTERCLASS_CANCELLED');
      expect(readCalendar(calendarOf(sent).ics)).toMatchObject({ method: 'CANCEL', events: [{ status: 'CANCELLED', sequence: 1 }] });
    }
    expect(mailsTo(mail, cancelled.email)).toEqual([]);
  });

  it('sends a changed time or link to confirmed and held seats only, and nothing for a masterclass cancelled meanwhile', async () => {
    const { practice, masterclass, confirmed, held, waiting, cancelled } = await registrants();
    await t.db.query(`update masterclass set calendar_sequence = 1 where id = $1`, [masterclass.id]);
    await runJob(t, MASTERCLASS_MAIL, { practiceId: practice.practiceId, masterclassId: masterclass.id, kind: 'MASTERCLASS_UPDATED' });
    for (const { email } of [confirmed, held]) expect(readCalendar(calendarOf(await mailOf(mail, email, 'MASTERCLASS_UPDATED')).ics).events[0].sequence).toBe(1);
    expect([...mailsTo(mail, waiting.email), ...mailsTo(mail, cancelled.email)]).toEqual([]);

    const other = await registrants();
    await t.db.query(`update masterclass set status = 'CANCELLED' where id = $1`, [other.masterclass.id]);
    await runJob(t, MASTERCLASS_MAIL, { practiceId: other.practice.practiceId, masterclassId: other.masterclass.id, kind: 'MASTERCLASS_UPDATED' });
    expect(mailsTo(mail, other.confirmed.email)).toEqual([]);
  });

  it('sends the replay once to each confirmed registrant, worded for attending or not, however often it is asked for', async () => {
    const { practice, masterclass, confirmed, noShow, held, waiting } = await registrants({ startsInHours: -3, status: 'COMPLETED', replayUrl: 'https://video.example.com/replay' });
    const replay = { practiceId: practice.practiceId, masterclassId: masterclass.id, kind: 'REPLAY' };
    await runJob(t, MASTERCLASS_MAIL, replay);
    await runJob(t, MASTERCLASS_MAIL, replay);

    const thanks = await mailOf(mail, confirmed.email, 'REPLAY');
    const missed = await mailOf(mail, noShow.email, 'REPLAY');
    expect(thanks.text).toContain('Thank you for being there');
    expect(missed.text).toContain('We missed you at');
    for (const sent of [thanks, missed]) expect(sent.links[0]).toBe('https://video.example.com/replay');
    expect([mailsTo(mail, confirmed.email), mailsTo(mail, noShow.email)].map((mails) => mails.length)).toEqual([1, 1]);
    expect([...mailsTo(mail, held.email), ...mailsTo(mail, waiting.email)]).toEqual([]);
    expect(await ledger(masterclass.id)).toEqual(
      [
        { email: confirmed.email, kind: 'REPLAY' },
        { email: noShow.email, kind: 'REPLAY' },
      ].sort((x, y) => x.email.localeCompare(y.email)),
    );
  });

  it('sends nothing for a replay without a link', async () => {
    const { practice, masterclass, confirmed } = await registrants({ startsInHours: -3, status: 'COMPLETED' });
    await runJob(t, MASTERCLASS_MAIL, { practiceId: practice.practiceId, masterclassId: masterclass.id, kind: 'REPLAY' });
    expect(mailsTo(mail, confirmed.email)).toEqual([]);
    expect(await ledger(masterclass.id)).toEqual([]);
  });

  describe('reminders', () => {
    const remind = (practiceId: string, masterclassId: string, startsAt: Date, kind: 'REMINDER_24H' | 'REMINDER_1H' = 'REMINDER_24H') =>
      runJob(t, MASTERCLASS_REMINDERS, { practiceId, masterclassId, kind, startsAt: startsAt.toISOString() });

    it('reminds each confirmed registrant exactly once, however often the job runs', async () => {
      const { practice, masterclass, confirmed, noShow, held, waiting, cancelled } = await registrants({ startsInHours: 20 });
      await remind(practice.practiceId, masterclass.id, masterclass.startsAt);
      await remind(practice.practiceId, masterclass.id, masterclass.startsAt);

      for (const { email } of [confirmed, noShow]) {
        const sent = await mailOf(mail, email, 'REMINDER_24H');
        expect(sent.subject).toBe(`Tomorrow: ${masterclass.title}`);
        expect(sent.links[0]).toBe('https://meet.example.com/leading');
        expect(mailsTo(mail, email)).toHaveLength(1);
      }
      expect([...mailsTo(mail, held.email), ...mailsTo(mail, waiting.email), ...mailsTo(mail, cancelled.email)]).toEqual([]);
      expect((await ledger(masterclass.id)).map((row) => row.kind)).toEqual(['REMINDER_24H', 'REMINDER_24H']);

      await remind(practice.practiceId, masterclass.id, masterclass.startsAt, 'REMINDER_1H');
      expect((await ledger(masterclass.id)).map((row) => row.kind)).toEqual(['REMINDER_1H', 'REMINDER_24H', 'REMINDER_1H', 'REMINDER_24H']);
      expect(mailsTo(mail, confirmed.email).map((sent) => sent.tag)).toEqual(['masterclass-reminder-24h', 'masterclass-reminder-1h']);
    });

    it('writes one set of reminders when two workers run the same job at once', async () => {
      const { practice, masterclass, confirmed, noShow } = await registrants({ startsInHours: 20 });
      const payload: MasterclassRemindersJob = { practiceId: practice.practiceId, masterclassId: masterclass.id, kind: 'REMINDER_24H', startsAt: masterclass.startsAt.toISOString() };
      const db = t.app.get(TenantDatabase);
      const handler = t.app.get(MasterclassReminders);
      await Promise.all([1, 2].map(() => db.run({ practiceId: practice.practiceId }, () => handler.handle(payload))));
      await waitForJobs(t.db);
      for (const { email } of [confirmed, noShow]) {
        await mailOf(mail, email, 'REMINDER_24H');
        expect(mailsTo(mail, email)).toHaveLength(1);
      }
      expect(await ledger(masterclass.id)).toHaveLength(2);
    });

    it('leaves the reminders of a moved masterclass to the job of its new start, and reminds no one of a cancelled one', async () => {
      const moved = await registrants({ startsInHours: 20 });
      await t.db.query(`update masterclass set starts_at = starts_at + interval '1 day', registration_deadline = registration_deadline + interval '1 day' where id = $1`, [moved.masterclass.id]);
      await remind(moved.practice.practiceId, moved.masterclass.id, moved.masterclass.startsAt);

      const cancelled = await registrants({ startsInHours: 20 });
      await t.db.query(`update masterclass set status = 'CANCELLED' where id = $1`, [cancelled.masterclass.id]);
      await remind(cancelled.practice.practiceId, cancelled.masterclass.id, cancelled.masterclass.startsAt);

      for (const { masterclass, confirmed } of [moved, cancelled]) {
        expect(mailsTo(mail, confirmed.email)).toEqual([]);
        expect(await ledger(masterclass.id)).toEqual([]);
      }
    });
  });
});
