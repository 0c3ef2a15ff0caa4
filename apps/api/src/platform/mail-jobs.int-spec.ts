import { MailCatcher, signUpOwner, startMailCatcher, startTestApp, TestApp, waitForJobs } from '@ascend/platform/testing';
import { domainModules } from '../domains';

const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const statementsOf = async (t: TestApp, email: string) =>
  (await t.graphql(RESET, { email }, { 'x-ascend-debug': 'sql-trace' })).extensions!.sql!.trace!.map((s) => s.sql);

/** Mail leaves through jobs: requests never wait for SMTP, and an outage delays mail instead of failing requests. */
describe('mail through jobs', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let port: number;
  beforeAll(async () => {
    mail = await startMailCatcher();
    port = Number(new URL(mail.smtpUrl).port);
    t = await startTestApp({ imports: domainModules, env: { SMTP_URL: mail.smtpUrl } });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('does the same work for a password reset whether or not the address has an account', async () => {
    const owner = await signUpOwner(t);
    expect(await statementsOf(t, owner.email)).toEqual(await statementsOf(t, `nobody-${Date.now()}@example.com`));
  });

  it('answers while SMTP is down, and the mail goes out once SMTP is back', async () => {
    const owner = await signUpOwner(t);
    await mail.waitFor((m) => m.tag === 'confirm-sign-up' && m.to.includes(owner.email));
    await mail.close();
    try {
      const invited = `while-down-${Date.now()}@example.com`;
      const invite = await t.graphql(`mutation($e: String!) { inviteMember(input: { email: $e, role: CLIENT }) { status } }`, { e: invited }, owner.headers);
      expect(invite.data).toEqual({ inviteMember: { status: 'PENDING' } });
      expect((await t.graphql(RESET, { email: owner.email })).data).toEqual({ requestPasswordReset: true });
      // Both sends fail and wait for their retry.
      await waitForJobs(t.db);
      const failed = await t.db.query<{ task: string; attempts: number }>(`select task_identifier as task, attempts from graphile_worker.jobs order by task_identifier`);
      expect(failed).toEqual([
        { task: 'identity.invitation-mail', attempts: 1 },
        { task: 'identity.password-reset-mail', attempts: 1 },
      ]);
      mail = await startMailCatcher({ port });
      // Due now rather than after the backoff, so the test does not wait for it.
      await t.db.query('update graphile_worker._private_jobs set run_at = now()');
      await mail.waitFor((m) => m.tag === 'invitation' && m.to.includes(invited));
      await mail.waitFor((m) => m.tag === 'reset-password' && m.to.includes(owner.email));
      await waitForJobs(t.db);
      expect(await t.db.query('select 1 from graphile_worker.jobs')).toEqual([]);
    } finally {
      if (!mail) mail = await startMailCatcher({ port });
    }
  });
});
