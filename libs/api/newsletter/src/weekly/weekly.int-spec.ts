import { TenantDatabase } from '@ascend/platform/tenancy';
import { buildPractice, MailCatcher, runIsolationCase, signUpOwner, startMailCatcher, startTestApp, TestApp, waitForJobs } from '@ascend/platform/testing';
import { NewsletterModule } from '../newsletter.module';
import { NewsletterClock } from './newsletter-clock';
import { WeeklyDraftJob, WeeklyDraftsJob } from './weekly-draft.jobs';
import { isolationCases } from './weekly.isolation';

// Thursday 19 March 2026, 06:30 in London: the draft hour of a practice that chose Thursday (4).
const NOW = new Date('2026-03-19T06:30:00Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

const SETTINGS = `{ newsletterSettings { weeklyEnabled weeklyWeekday } }`;
const UPDATE = `mutation($input: NewsletterSettingsInput!) { updateNewsletterSettings(input: $input) { weeklyEnabled weeklyWeekday } }`;

async function addArticle(t: TestApp, practiceId: string, slug: string, pubDate: Date, draft = false) {
  await t.db.query(`insert into article (tenant_id, slug, title, description, body, pub_date, draft) values ($1, $2, $3, $4, 'Body', $5, $6)`, [
    practiceId,
    slug,
    `Article ${slug}`,
    `About ${slug}`,
    pubDate,
    draft,
  ]);
}

async function addMasterclass(t: TestApp, practiceId: string, slug: string, startsAt: Date, status = 'PUBLISHED') {
  await t.db.query(
    `insert into masterclass (tenant_id, slug, title, starts_at, duration_minutes, time_zone, capacity, registration_deadline, status)
     values ($1, $2, $3, $4, 60, 'Europe/London', 20, $4, $5)`,
    [practiceId, slug, `Masterclass ${slug}`, startsAt, status],
  );
}

const weeklyIssues = (t: TestApp, practiceId: string) =>
  t.db.query<{ subject: string; preheader: string; body: string; week_of: string; status: string }>(
    `select subject, preheader, body, to_char(week_of, 'YYYY-MM-DD') as week_of, status from newsletter_issue where tenant_id = $1 and kind = 'WEEKLY'`,
    [practiceId],
  );

describe('the weekly insights draft', () => {
  let t: TestApp;
  let mail: MailCatcher;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: [NewsletterModule], env: { SMTP_URL: mail.smtpUrl } });
    jest.spyOn(t.app.get(NewsletterClock), 'now').mockImplementation(() => NOW);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  const runCron = () => t.app.get(TenantDatabase).run({}, () => t.app.get(WeeklyDraftsJob).handle());

  it('reads and saves the chosen day, refusing a day that is not 1 to 7', async () => {
    const practice = await buildPractice(t, { coaches: 1, clients: 1 });
    expect((await t.graphql(SETTINGS, {}, practice.coaches[0].headers)).data).toEqual({ newsletterSettings: { weeklyEnabled: true, weeklyWeekday: 4 } });
    const saved = await t.graphql(UPDATE, { input: { weeklyEnabled: false, weeklyWeekday: 1 } }, practice.coaches[0].headers);
    expect(saved.data).toEqual({ updateNewsletterSettings: { weeklyEnabled: false, weeklyWeekday: 1 } });
    expect((await t.graphql(UPDATE, { input: { weeklyEnabled: true, weeklyWeekday: 7 } }, practice.owner.headers)).data).toEqual({
      updateNewsletterSettings: { weeklyEnabled: true, weeklyWeekday: 7 },
    });
    const bad = await t.graphql(UPDATE, { input: { weeklyEnabled: true, weeklyWeekday: 8 } }, practice.owner.headers);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.weeklyWeekday', message: 'must be from 1 (Monday) to 7 (Sunday)' }] });
    expect((await t.graphql(SETTINGS, {}, practice.clients[0].headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.db.query(`select weekly_weekday from newsletter_settings where tenant_id = $1`, [practice.practiceId])).toEqual([{ weekly_weekday: 7 }]);
  });

  it("drafts the week's published articles and the coming month's masterclasses, with tagged registration links, on the chosen day only", async () => {
    const chosen = await buildPractice(t, { coaches: 0, clients: 0, name: 'North Coaching' });
    const otherDay = await buildPractice(t, { coaches: 0, clients: 0 });
    const disabled = await buildPractice(t, { coaches: 0, clients: 0 });
    await t.db.query(`insert into newsletter_settings (tenant_id, weekly_weekday) values ($1, 5)`, [otherDay.practiceId]);
    await t.db.query(`insert into newsletter_settings (tenant_id, weekly_enabled) values ($1, false)`, [disabled.practiceId]);
    for (const practice of [chosen, otherDay, disabled]) {
      await addArticle(t, practice.practiceId, 'this-week', at(-2));
      await addArticle(t, practice.practiceId, 'yesterday', at(-1));
      await addArticle(t, practice.practiceId, 'still-a-draft', at(-1), true);
      await addArticle(t, practice.practiceId, 'last-month', at(-20));
      await addArticle(t, practice.practiceId, 'next-week', at(5));
      await addMasterclass(t, practice.practiceId, 'soon', at(10));
      await addMasterclass(t, practice.practiceId, 'unpublished', at(12), 'DRAFT');
      await addMasterclass(t, practice.practiceId, 'far-away', at(40));
    }
    await runCron();
    await waitForJobs(t.db);

    const [draft] = await weeklyIssues(t, chosen.practiceId);
    expect(draft).toMatchObject({ subject: 'This week at North Coaching: Article yesterday', week_of: '2026-03-16', status: 'DRAFT' });
    const site = `${t.config.publicUrl}/p/${chosen.slug}`;
    expect(draft.body).toContain(`[Article yesterday](${site}/articles/yesterday)`);
    expect(draft.body).toContain(`[Article this-week](${site}/articles/this-week)`);
    expect(draft.body).toContain(`(${site}/masterclasses/soon?ref=newsletter&issue=2026-03-16)`);
    for (const absent of ['still-a-draft', 'last-month', 'next-week', 'unpublished', 'far-away']) expect(draft.body).not.toContain(absent);
    expect(await weeklyIssues(t, otherDay.practiceId)).toEqual([]);
    expect(await weeklyIssues(t, disabled.practiceId)).toEqual([]);

    // The next hour's run, and the job again: still one draft, as the coach may have edited it.
    await t.db.query(`update newsletter_issue set subject = 'Edited by the coach' where tenant_id = $1 and kind = 'WEEKLY'`, [chosen.practiceId]);
    await runCron();
    await waitForJobs(t.db);
    expect((await weeklyIssues(t, chosen.practiceId)).map((i) => i.subject)).toEqual(['Edited by the coach']);
  });

  it('makes one draft when two jobs race for the same week, and none when there is nothing to say', async () => {
    const busy = await buildPractice(t, { coaches: 0, clients: 0 });
    const quiet = await buildPractice(t, { coaches: 0, clients: 0 });
    await addMasterclass(t, busy.practiceId, 'coming', at(3));
    const db = t.app.get(TenantDatabase);
    const job = t.app.get(WeeklyDraftJob);
    const draftFor = (practiceId: string) => db.run({ practiceId }, () => job.handle({ practiceId, weekOf: '2026-03-16' }));
    await Promise.all([draftFor(busy.practiceId), draftFor(busy.practiceId), draftFor(busy.practiceId)]);
    expect(await weeklyIssues(t, busy.practiceId)).toHaveLength(1);
    await draftFor(quiet.practiceId);
    expect(await weeklyIssues(t, quiet.practiceId)).toEqual([]);
  });

  describe('tenant isolation', () => {
    it.each(Object.keys(isolationCases))('%s: nothing of another practice', async (operation) => {
      const pair = { a: await signUpOwner(t), b: await signUpOwner(t) };
      await waitForJobs(t.db);
      await runIsolationCase(t, pair, mail, isolationCases[operation]);
    });
  });
});
