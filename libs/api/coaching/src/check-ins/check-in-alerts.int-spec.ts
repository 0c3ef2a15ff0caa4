import { buildCoachingPractice, MailCatcher, startMailCatcher, startTestApp, TestApp, waitForJobs } from '@ascend/platform/testing';
import { IdentityModule } from '@ascend/identity';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { CoachingModule } from '../coaching.module';
import { CheckInAlertScan, ClientCheckInAlerts } from './check-in-alerts.jobs';
import { accountabilitySetUp, earlierCheckIn, standOn } from './check-in-scenario';

// Friday check-ins in London, set up on Monday 2 November 2026; the last check-in was for the week of the 9th.
const SET_UP = '2026-11-02T10:00:00Z';
const FRIDAY_TEN = '2026-11-20T10:00:00Z';

describe('check-in reminders, nudges and escalation', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let clock: (later: string) => void;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: [IdentityModule, CoachingModule], env: { SMTP_URL: mail.smtpUrl } });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });
  beforeEach(() => (clock = standOn(t, FRIDAY_TEN)));
  afterEach(() => jest.restoreAllMocks());

  const scan = async () => {
    await t.app.get(TenantDatabase).run({}, () => t.app.get(CheckInAlertScan).handle());
    await waitForJobs(t.db);
  };
  const mailsTo = (email: string, tag: string) => mail.messages.filter((m) => m.to.includes(email) && m.tag === tag);
  /** Lets mail already handed to SMTP arrive before counting what came. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  async function clientsSetUp(count = 1) {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: count, clientTimeZone: 'Europe/London' });
    for (const { clientId } of practice.roster) {
      await accountabilitySetUp(t, practice.practiceId, clientId, SET_UP);
      await earlierCheckIn(t, practice.practiceId, clientId, '2026-11-09');
    }
    return practice;
  }

  it('reminds at nine on the check-in day in the client’s zone, once per week however often the scan runs', async () => {
    const { roster, practiceId } = await clientsSetUp(2);
    const [reminded, checkedIn] = roster;
    await earlierCheckIn(t, practiceId, checkedIn.clientId, '2026-11-16');

    clock('2026-11-20T08:59:00Z');
    await scan();
    await settle();
    expect(mailsTo(reminded.person.email, 'check-in-reminder')).toHaveLength(0);

    clock(FRIDAY_TEN);
    await scan();
    const reminder = await mail.waitFor((m) => m.to.includes(reminded.person.email) && m.tag === 'check-in-reminder');
    expect(reminder.links.some((link) => link.endsWith('/app/portal/check-in'))).toBe(true);
    await scan();
    await settle();
    expect(mailsTo(reminded.person.email, 'check-in-reminder')).toHaveLength(1);
    expect(mailsTo(checkedIn.person.email, 'check-in-reminder')).toHaveLength(0);
    expect(await t.db.query(`select kind, week_start::text from check_in_alert where tenant_id = $1`, [practiceId])).toEqual([{ kind: 'REMINDER', week_start: '2026-11-16' }]);
  });

  it('sends one reminder when two workers run the same client’s job at once', async () => {
    const { roster, practiceId } = await clientsSetUp();
    const [{ clientId, person }] = roster;
    const job = { practiceId, clientId, weekStart: '2026-11-16' };
    const run = () => t.app.get(TenantDatabase).run({ practiceId }, () => t.app.get(ClientCheckInAlerts).handle(job));
    await Promise.all([run(), run()]);
    await mail.waitFor((m) => m.to.includes(person.email) && m.tag === 'check-in-reminder');
    await settle();
    expect(mailsTo(person.email, 'check-in-reminder')).toHaveLength(1);
  });

  it('nudges the client after one missed week and escalates to the coach after two, once each week', async () => {
    const { roster } = await clientsSetUp();
    const [{ person, coach }] = roster;

    // The week of the 16th went by without a check-in.
    clock('2026-11-23T09:30:00Z');
    await scan();
    const nudge = await mail.waitFor((m) => m.to.includes(person.email) && m.tag === 'check-in-nudge');
    expect(nudge.subject).toBe('You missed last week’s check-in');
    expect(mailsTo(coach!.email, 'check-in-escalation')).toHaveLength(0);

    // And the week of the 23rd too.
    clock('2026-11-30T09:30:00Z');
    await scan();
    await scan();
    const escalation = await mail.waitFor((m) => m.to.includes(coach!.email) && m.tag === 'check-in-escalation');
    expect(escalation.subject).toBe(`${person.name} has missed 2 weekly check-ins`);
    await settle();
    expect(mailsTo(coach!.email, 'check-in-escalation')).toHaveLength(1);
    expect(mailsTo(person.email, 'check-in-nudge')).toHaveLength(1);
  });

  it('writes to nobody who has not set up accountability, is paused, or checked in late for last week', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 3, clientTimeZone: 'Europe/London' });
    const [notSetUp, paused, late] = practice.roster;
    await accountabilitySetUp(t, practice.practiceId, paused.clientId, SET_UP);
    await t.db.query(`update client set status = 'PAUSED' where id = $1`, [paused.clientId]);
    await accountabilitySetUp(t, practice.practiceId, late.clientId, SET_UP);
    await earlierCheckIn(t, practice.practiceId, late.clientId, '2026-11-16');
    clock('2026-11-23T09:30:00Z');
    await scan();
    await settle();
    for (const { person } of [notSetUp, paused, late]) expect(mail.messages.filter((m) => m.to.includes(person.email))).toEqual([]);
  });
});
