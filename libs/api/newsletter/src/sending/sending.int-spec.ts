import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { NewsletterModule } from '../newsletter.module';
import { CountingSink, headerValue, startCountingSink } from './jest/counting-sink';
import { addIssue, addReaders, addSubscriber, startIssue } from './jest/readers';
import { IssueSender } from './issue-sender';
import { ResumeSendsJob } from './resume-sends.job';
import { StartIssueJob } from './start-issue.job';

const ledgerOf = (t: TestApp, issueId: string) =>
  t.db.query<{ email: string; status: string; error: string | null }>(
    `select s.email, d.status, d.error from delivery d join subscriber s on s.id = d.subscriber_id where d.issue_id = $1 order by s.email`,
    [issueId],
  );
const issueRow = async (t: TestApp, issueId: string) =>
  (await t.db.query<{ status: string; sent_count: number; failed_count: number }>(`select status, sent_count, failed_count from newsletter_issue where id = $1`, [issueId]))[0];

describe('the sender over SMTP', () => {
  let t: TestApp;
  let sink: CountingSink;

  beforeAll(async () => {
    sink = await startCountingSink({ refuse: (address) => (address.startsWith('refused') ? '550 5.1.1 No such mailbox here' : undefined) });
    // No worker: each test runs the sender itself, as the send job would.
    t = await startTestApp({ imports: [NewsletterModule], env: { SMTP_URL: sink.smtpUrl, JOBS_WORKER: 'false', NEWSLETTER_SEND_RATE: '100000', NEWSLETTER_SMTP_CONNECTIONS: '3' } });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('records a refused recipient as FAILED with the reply, and one who left meanwhile as FAILED too, sending the rest', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const readers = await addReaders(t, practice.practiceId, 4, 'smtp.example');
    await addSubscriber(t, practice.practiceId, 'refused@smtp.example', 'SUBSCRIBED');
    const issueId = await addIssue(t, practice.practiceId, { subject: 'Refusals' });
    await startIssue(t, practice.practiceId, issueId);
    await t.db.query(`update subscriber set status = 'UNSUBSCRIBED', unsubscribed_at = now() where email = $1`, [readers[3]]);

    await t.app.get(IssueSender).send(practice.practiceId, issueId);

    expect(await ledgerOf(t, issueId)).toEqual([
      { email: readers[0], status: 'SENT', error: null },
      { email: readers[1], status: 'SENT', error: null },
      { email: readers[2], status: 'SENT', error: null },
      { email: readers[3], status: 'FAILED', error: 'unsubscribed before sending' },
      { email: 'refused@smtp.example', status: 'FAILED', error: expect.stringContaining('550 5.1.1 No such mailbox here') },
    ]);
    expect(await issueRow(t, issueId)).toEqual({ status: 'SENT', sent_count: 3, failed_count: 2 });
    expect([readers[0], readers[1], readers[2], readers[3]].map((r) => sink.perRecipient.get(r) ?? 0)).toEqual([1, 1, 1, 0]);
  });

  it('two senders on one issue at once deliver each message once', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const readers = await addReaders(t, practice.practiceId, 60, 'twice.example');
    const issueId = await addIssue(t, practice.practiceId, { subject: 'Two senders' });
    await startIssue(t, practice.practiceId, issueId);
    const sender = t.app.get(IssueSender);
    await Promise.all([sender.send(practice.practiceId, issueId), sender.send(practice.practiceId, issueId)]);
    expect(readers.map((r) => sink.perRecipient.get(r))).toEqual(readers.map(() => 1));
    expect(await issueRow(t, issueId)).toEqual({ status: 'SENT', sent_count: 60, failed_count: 0 });
  });

  it('sends a deterministic Message-ID per subscriber and the list headers', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0, name: 'Lantern Coaching' });
    const [reader] = await addReaders(t, practice.practiceId, 1, 'headers.example');
    const issueId = await addIssue(t, practice.practiceId, { subject: 'Headers' });
    await startIssue(t, practice.practiceId, issueId);
    await t.app.get(IssueSender).send(practice.practiceId, issueId);
    const [{ id: subscriberId }] = await t.db.query<{ id: string }>(`select id from subscriber where email = $1`, [reader]);
    const { headers } = sink.messages.find((m) => m.to.includes(reader))!;
    expect(headerValue(headers, 'Message-ID')).toBe(`<${issueId}.${subscriberId}@localhost>`);
    expect(headerValue(headers, 'List-Id')).toBe(`"Lantern Coaching" <${practice.slug}.newsletter.localhost>`);
    expect(headerValue(headers, 'X-Ascend-Tag')).toBe('newsletter-issue');
    expect(headerValue(headers, 'From')).toBe('Lantern Coaching <no-reply@ascend.localhost>');
  });

  it('does nothing for an issue that is not sending; the minute\'s resume leaves a live send alone and enqueues one send for a stalled one', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    await addReaders(t, practice.practiceId, 2, 'resume.example');
    const draft = await addIssue(t, practice.practiceId, { subject: 'Still a draft' });
    await t.app.get(IssueSender).send(practice.practiceId, draft);
    expect(sink.messages.filter((m) => m.to.some((to) => to.endsWith('@resume.example')))).toEqual([]);

    const sending = await addIssue(t, practice.practiceId, { subject: 'Mid-send' });
    await startIssue(t, practice.practiceId, sending);
    const resume = t.app.get(ResumeSendsJob);
    const db = t.app.get(TenantDatabase);
    const jobs = () => t.db.query(`select key from graphile_worker._private_jobs where key = $1`, [`newsletter.send-issue:${practice.practiceId}:${sending}`]);
    // Just advanced (as a live sender's rounds keep it): nobody else is sent in.
    await db.run({}, () => resume.handle());
    expect(await jobs()).toHaveLength(0);
    // Nothing for a minute: its sender is gone.
    await t.db.query(`update newsletter_issue set updated_at = now() - interval '1 minute' where id = $1`, [sending]);
    await db.run({}, () => resume.handle());
    await db.run({}, () => resume.handle());
    expect(await jobs()).toHaveLength(1);
  });

  describe('a practice an operator suspended', () => {
    const suspend = (practiceId: string) =>
      t.db.query(`insert into practice_suspension (practice_id, reason, suspended_by) values ($1, 'Spam reports', 'ops@example.com')`, [practiceId]);
    const reactivate = (practiceId: string) => t.db.query(`delete from practice_suspension where practice_id = $1`, [practiceId]);

    it('pauses a send mid-way, and the send carries on to everyone still pending once it is reactivated', async () => {
      const practice = await buildPractice(t, { coaches: 0, clients: 0 });
      const readers = await addReaders(t, practice.practiceId, 4, 'paused.example');
      const issueId = await addIssue(t, practice.practiceId, { subject: 'Paused by an operator' });
      await startIssue(t, practice.practiceId, issueId);
      await suspend(practice.practiceId);

      await t.app.get(IssueSender).send(practice.practiceId, issueId);
      expect((await ledgerOf(t, issueId)).map((row) => row.status)).toEqual(['PENDING', 'PENDING', 'PENDING', 'PENDING']);
      expect(await issueRow(t, issueId)).toEqual({ status: 'SENDING', sent_count: 0, failed_count: 0 });
      expect(readers.map((r) => sink.perRecipient.get(r) ?? 0)).toEqual([0, 0, 0, 0]);

      await reactivate(practice.practiceId);
      await t.app.get(IssueSender).send(practice.practiceId, issueId);
      expect(await issueRow(t, issueId)).toEqual({ status: 'SENT', sent_count: 4, failed_count: 0 });
      expect(readers.map((r) => sink.perRecipient.get(r) ?? 0)).toEqual([1, 1, 1, 1]);
    });

    it('does not start a scheduled issue that comes due: it goes back to being a draft, with nobody on its list', async () => {
      const practice = await buildPractice(t, { coaches: 0, clients: 0 });
      await addReaders(t, practice.practiceId, 2, 'scheduled.example');
      const issueId = await addIssue(t, practice.practiceId, { subject: 'Due while suspended' });
      await t.db.query(`update newsletter_issue set status = 'SCHEDULED', scheduled_at = now() where id = $1`, [issueId]);
      await suspend(practice.practiceId);

      await t.app.get(TenantDatabase).run({ practiceId: practice.practiceId }, () => t.app.get(StartIssueJob).handle({ practiceId: practice.practiceId, issueId }));

      const [issue] = await t.db.query<{ status: string; scheduled_at: Date | null }>(`select status, scheduled_at from newsletter_issue where id = $1`, [issueId]);
      expect(issue).toEqual({ status: 'DRAFT', scheduled_at: null });
      expect(await ledgerOf(t, issueId)).toEqual([]);
    });
  });
});

describe('the sender without SMTP (development)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [NewsletterModule], env: { JOBS_WORKER: 'false', NEWSLETTER_SEND_RATE: '20', NEWSLETTER_SMTP_CONNECTIONS: '5' } });
  });
  afterAll(() => t.close());

  it('keeps each mail for /dev/mail after marking it, at the configured rate', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const readers = await addReaders(t, practice.practiceId, 30, 'outbox.example');
    const issueId = await addIssue(t, practice.practiceId, { subject: 'Kept for dev' });
    await startIssue(t, practice.practiceId, issueId);
    const started = Date.now();
    await t.app.get(IssueSender).send(practice.practiceId, issueId);
    // 30 messages at 20 a second: the last round may start no sooner than 1.25 s in.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1200);
    expect(await issueRow(t, issueId)).toEqual({ status: 'SENT', sent_count: 30, failed_count: 0 });
    const kept = await Promise.all((await readdir(t.config.mail.devMailDir)).map((file) => readFile(join(t.config.mail.devMailDir, file), 'utf8')));
    const mails = kept.map((text) => JSON.parse(text) as { to: string; tag: string; headers: Record<string, string> }).filter((m) => m.to.endsWith('@outbox.example'));
    expect(mails.map((m) => m.to).sort()).toEqual([...readers].sort());
    expect(mails[0].tag).toBe('newsletter-issue');
    expect(mails[0].headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });
});
