import { buildPractice, MailCatcher, runIsolationCase, signUpOwner, startMailCatcher, startTestApp, TestApp, waitForJobs } from '@ascend/platform/testing';
import { NewsletterModule } from '../newsletter.module';
import { addIssue, addReaders, addSubscriber } from '../sending/jest/readers';
import { isolationCases } from './issue.isolation';

const FIELDS = 'id subject preheader body kind weekOf status scheduledAt startedAt finishedAt recipients sent failed pending bounced complained unsubscribed bodyHtml';
const CREATE = `mutation($input: NewsletterIssueInput!) { createNewsletterIssue(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateNewsletterIssueInput!) { updateNewsletterIssue(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { newsletterIssue(id: $id) { ${FIELDS} } }`;
const SEND_NOW = `mutation($id: ID!) { sendNewsletterIssueNow(id: $id) { ${FIELDS} } }`;
const SCHEDULE = `mutation($id: ID!, $at: DateTime!) { scheduleNewsletterIssue(id: $id, at: $at) { id status scheduledAt } }`;
const UNSCHEDULE = `mutation($id: ID!) { unscheduleNewsletterIssue(id: $id) { id status scheduledAt } }`;

type Issue = Record<string, unknown> & { id: string; status: string; recipients: number; sent: number; pending: number };

const fieldsOf = (errors: { extensions?: { fields?: { field: string }[] } }[] | undefined) => (errors?.[0].extensions?.fields ?? []).map((f) => f.field).sort();

describe('newsletter issues', () => {
  let t: TestApp;
  let mail: MailCatcher;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: [NewsletterModule], env: { SMTP_URL: mail.smtpUrl, NEWSLETTER_SEND_RATE: '100000' } });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('creates a draft, lists it newest first, renders its body and changes it', async () => {
    const practice = await buildPractice(t, { coaches: 1, clients: 0 });
    const coach = practice.coaches[0];
    const created = await t.graphql<{ createNewsletterIssue: Issue }>(CREATE, { input: { subject: '  Who runs your week?  ', body: '## Monday\n\nOne **decision**.' } }, coach.headers);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createNewsletterIssue).toMatchObject({
      subject: 'Who runs your week?',
      preheader: '',
      kind: 'MANUAL',
      weekOf: null,
      status: 'DRAFT',
      recipients: 0,
      sent: 0,
      pending: 0,
      bodyHtml: '<h2>Monday</h2>\n<p>One <strong>decision</strong>.</p>\n',
    });
    const second = await t.graphql<{ createNewsletterIssue: Issue }>(CREATE, { input: { subject: 'The decision you keep postponing' } }, coach.headers);
    const list = await t.graphql<{ newsletterIssues: { id: string }[] }>(`{ newsletterIssues { id } }`, {}, coach.headers);
    expect(list.data?.newsletterIssues.map((i) => i.id)).toEqual([second.data!.createNewsletterIssue.id, created.data!.createNewsletterIssue.id]);

    const { id } = created.data!.createNewsletterIssue;
    const updated = await t.graphql<{ updateNewsletterIssue: Issue }>(UPDATE, { input: { id, subject: 'Who runs your week, really?', preheader: 'Two hours', body: 'Short.' } }, coach.headers);
    expect(updated.data?.updateNewsletterIssue).toMatchObject({ subject: 'Who runs your week, really?', preheader: 'Two hours', body: 'Short.' });
  });

  it('names each bad field and writes nothing', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const answer = await t.graphql(CREATE, { input: { subject: '   ', preheader: 'p'.repeat(201), body: 'b' } }, practice.owner.headers);
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(answer.errors)).toEqual(['input.preheader', 'input.subject']);
    const badId = await t.graphql(GET, { id: 'not-an-id' }, practice.owner.headers);
    expect(fieldsOf(badId.errors)).toEqual(['id']);
    const past = await t.graphql(SCHEDULE, { id: await addIssue(t, practice.practiceId), at: new Date(Date.now() - 60_000).toISOString() }, practice.owner.headers);
    expect(fieldsOf(past.errors)).toEqual(['at']);
    expect(await t.db.query(`select id from newsletter_issue where tenant_id = $1 and status <> 'DRAFT'`, [practice.practiceId])).toEqual([]);
  });

  it('previews the whole mail with a sample unsubscribe link, and sends a test to the signed-in coach only', async () => {
    const practice = await buildPractice(t, { coaches: 1, clients: 0, name: 'Harbour Coaching' });
    const coach = practice.coaches[0];
    await addReaders(t, practice.practiceId, 2, 'preview.example');
    const preview = await t.graphql<{ newsletterIssuePreview: string }>(
      `query { newsletterIssuePreview(subject: "Who runs your week?", preheader: "Two hours", body: "**Decide** <script>x()</script>") }`,
      {},
      coach.headers,
    );
    const html = preview.data!.newsletterIssuePreview;
    expect(html).toContain('<strong>Decide</strong>');
    expect(html).not.toContain('<script');
    expect(html).toContain('Harbour Coaching');
    expect(html).toContain(`${t.config.publicUrl}/newsletter/unsubscribe?token=sample`);

    const id = await addIssue(t, practice.practiceId, { subject: 'Who runs your week?' });
    const sent = await t.graphql(`mutation($id: ID!) { sendNewsletterTest(id: $id) }`, { id }, coach.headers);
    expect(sent.data).toEqual({ sendNewsletterTest: true });
    await waitForJobs(t.db);
    const test = await mail.waitFor((m) => m.subject === '[Test] Who runs your week?' && m.to.includes(coach.email));
    expect(test.tag).toBe('newsletter-test');
    expect(test.html).toContain('one decision');
    expect(mail.messages.filter((m) => m.to.some((to) => to.endsWith('@preview.example')))).toEqual([]);
    expect((await t.graphql<{ newsletterIssue: Issue }>(GET, { id }, coach.headers)).data?.newsletterIssue.status).toBe('DRAFT');
  });

  it('schedules with one start job per issue, moves it when rescheduled, and unschedules back to a draft', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const id = await addIssue(t, practice.practiceId);
    const first = new Date(Date.now() + 3_600_000).toISOString();
    const later = new Date(Date.now() + 7_200_000).toISOString();
    expect((await t.graphql(SCHEDULE, { id, at: first }, practice.owner.headers)).data).toEqual({ scheduleNewsletterIssue: { id, status: 'SCHEDULED', scheduledAt: first } });
    await t.graphql(SCHEDULE, { id, at: later }, practice.owner.headers);
    const jobs = await t.db.query<{ run_at: Date }>(`select run_at from graphile_worker._private_jobs where key = $1`, [`newsletter.start-issue:${practice.practiceId}:${id}`]);
    expect(jobs.map((j) => j.run_at.toISOString())).toEqual([later]);
    expect((await t.graphql(UNSCHEDULE, { id }, practice.owner.headers)).data).toEqual({ unscheduleNewsletterIssue: { id, status: 'DRAFT', scheduledAt: null } });
    const again = await t.graphql(UNSCHEDULE, { id }, practice.owner.headers);
    expect(again.errors?.[0]).toMatchObject({ message: 'This issue is not scheduled', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('a scheduled issue starts at its time: its start job sends it to every subscriber', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const readers = await addReaders(t, practice.practiceId, 3, 'scheduled.example');
    const id = await addIssue(t, practice.practiceId, { subject: 'Scheduled insight' });
    await t.graphql(SCHEDULE, { id, at: new Date(Date.now() + 3_600_000).toISOString() }, practice.owner.headers);
    // The clock cannot be moved for graphile-worker: bring the job and the issue's time forward instead.
    await t.db.query(`update newsletter_issue set scheduled_at = now() where id = $1`, [id]);
    await t.db.query(`update graphile_worker._private_jobs set run_at = now() where key = $1`, [`newsletter.start-issue:${practice.practiceId}:${id}`]);
    await waitForJobs(t.db, 20_000);
    const issue = (await t.graphql<{ newsletterIssue: Issue }>(GET, { id }, practice.owner.headers)).data!.newsletterIssue;
    expect(issue).toMatchObject({ status: 'SENT', recipients: 3, sent: 3, pending: 0 });
    for (const reader of readers) await mail.waitFor((m) => m.subject === 'Scheduled insight' && m.to.includes(reader));
  });

  it('sends now to every SUBSCRIBED subscriber only, then refuses to change, delete or resend it', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const readers = await addReaders(t, practice.practiceId, 4, 'now.example');
    for (const status of ['PENDING', 'UNSUBSCRIBED', 'BOUNCED', 'COMPLAINED']) await addSubscriber(t, practice.practiceId, `${status.toLowerCase()}@now.example`, status);
    const id = await addIssue(t, practice.practiceId, { subject: 'Sent right now' });
    const started = await t.graphql<{ sendNewsletterIssueNow: Issue }>(SEND_NOW, { id }, practice.owner.headers);
    expect(started.data?.sendNewsletterIssueNow).toMatchObject({ status: 'SENDING', recipients: 4, pending: 4 });
    await waitForJobs(t.db, 20_000);
    const done = (await t.graphql<{ newsletterIssue: Issue }>(GET, { id }, practice.owner.headers)).data!.newsletterIssue;
    expect(done).toMatchObject({ status: 'SENT', recipients: 4, sent: 4, failed: 0, pending: 0 });
    expect(done.finishedAt).not.toBeNull();
    for (const reader of readers) await mail.waitFor((m) => m.subject === 'Sent right now' && m.to.includes(reader));
    expect(mail.messages.filter((m) => m.subject === 'Sent right now').map((m) => m.to[0]).sort()).toEqual([...readers].sort());

    for (const [query, variables] of [
      [UPDATE, { input: { id, subject: 'Changed', preheader: '', body: '' } }],
      [`mutation($id: ID!) { deleteNewsletterIssue(id: $id) }`, { id }],
      [SEND_NOW, { id }],
      [SCHEDULE, { id, at: new Date(Date.now() + 3_600_000).toISOString() }],
    ] as const) {
      const refused = await t.graphql(query, variables, practice.owner.headers);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(refused.errors?.[0].message).toMatch(/^This issue is sent: only a draft or a scheduled issue can be/);
    }
  });

  it('two simultaneous "send now" start it once, with one ledger', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    await addReaders(t, practice.practiceId, 5, 'race.example');
    const id = await addIssue(t, practice.practiceId, { subject: 'Raced' });
    const answers = await Promise.all([1, 2, 3].map(() => t.graphql(SEND_NOW, { id }, practice.owner.headers)));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    await waitForJobs(t.db, 20_000);
    expect(await t.db.query(`select count(*)::int as n from delivery where issue_id = $1`, [id])).toEqual([{ n: 5 }]);
    expect(mail.messages.filter((m) => m.subject === 'Raced')).toHaveLength(5);
  });

  it('counts bounces, complaints and unsubscribes attributed to the issue', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    await addReaders(t, practice.practiceId, 5, 'figures.example');
    const id = await addIssue(t, practice.practiceId, { subject: 'Figures' });
    await t.graphql(SEND_NOW, { id }, practice.owner.headers);
    await waitForJobs(t.db, 20_000);
    const ledger = await t.db.query<{ subscriber_id: string }>(`select subscriber_id from delivery where issue_id = $1 order by subscriber_id`, [id]);
    await t.db.query(`update delivery set bounced_at = now() where issue_id = $1 and subscriber_id = any($2)`, [id, [ledger[0].subscriber_id, ledger[1].subscriber_id]]);
    await t.db.query(`update delivery set complained_at = now() where issue_id = $1 and subscriber_id = $2`, [id, ledger[2].subscriber_id]);
    await t.db.query(`update delivery set unsubscribed_at = now() where issue_id = $1 and subscriber_id = $2`, [id, ledger[3].subscriber_id]);
    expect((await t.graphql<{ newsletterIssue: Issue }>(GET, { id }, practice.owner.headers)).data?.newsletterIssue).toMatchObject({
      sent: 5,
      bounced: 2,
      complained: 1,
      unsubscribed: 1,
    });
  });

  describe('tenant isolation', () => {
    it.each(Object.keys(isolationCases))('%s: nothing of another practice', async (operation) => {
      const pair = { a: await signUpOwner(t), b: await signUpOwner(t) };
      await waitForJobs(t.db);
      await runIsolationCase(t, pair, mail, isolationCases[operation]);
    });
  });
});
