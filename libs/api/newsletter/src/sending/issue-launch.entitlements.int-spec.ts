import { buildPractice, TestApp } from '@ascend/platform/testing';
import { buildSubscribers } from '../shared/subscriber-scenario';
import { startNewsletterApp } from '../subscribers/jest/newsletter-app';

const CREATE = `mutation { createNewsletterIssue(input: { subject: "Five questions for your Monday", body: "Which meeting could be an email?" }) { id } }`;
const SEND = `mutation($id: ID!) { sendNewsletterIssueNow(id: $id) { status recipients } }`;

// Billing configured (no Stripe call is made here): plan limits apply.
const BILLING_ENV = {
  STRIPE_SECRET_KEY: 'sk_test_entitlements',
  STRIPE_WEBHOOK_SECRET: 'whsec_entitlements',
  STRIPE_PRICE_SOLO: 'price_solo',
  STRIPE_PRICE_PRACTICE: 'price_practice',
  STRIPE_PRICE_TEAM: 'price_team',
};

describe('the monthly email allowance of the plan', () => {
  let t: TestApp;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ t, stop } = await startNewsletterApp(BILLING_ENV));
  });
  afterAll(() => stop());

  /** A Starter practice (1,000 emails a month) that already sent `sent` emails this month, with 2 subscribers now. */
  async function practiceThatSent(sent: number) {
    const practice = await buildPractice(t);
    await buildSubscribers(t, practice, sent, 'UNSUBSCRIBED', 'earlier');
    await t.db.query(
      `with issue as (
         insert into newsletter_issue (tenant_id, subject, status, started_at, finished_at, recipients, sent_count)
         values ($1, 'An earlier issue', 'SENT', now(), now(), $2, $2) returning id
       )
       insert into delivery (tenant_id, issue_id, subscriber_id, status, sent_at)
       select $1, issue.id, s.id, 'SENT', now() from issue, subscriber s where s.tenant_id = $1`,
      [practice.practiceId, sent],
    );
    await buildSubscribers(t, practice, 2);
    const { data } = await t.graphql<{ createNewsletterIssue: { id: string } }>(CREATE, {}, practice.owner.headers);
    return { practice, issueId: data!.createNewsletterIssue.id };
  }

  it('refuses a send whose recipients pass the month’s allowance, naming it and the plan that lifts it, and starts nothing', async () => {
    const { practice, issueId } = await practiceThatSent(999);
    const { data, errors } = await t.graphql(SEND, { id: issueId }, practice.owner.headers);
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: expect.stringContaining('The Starter plan allows 1,000 newsletter emails this month and this practice has 999 newsletter emails this month, so 2 more do not fit. The Solo plan'),
      extensions: { code: 'FORBIDDEN' },
    });
    const [issue] = await t.db.query<{ status: string; deliveries: number }>(
      `select status, (select count(*)::int from delivery where tenant_id = $1 and issue_id = $2) as deliveries from newsletter_issue where tenant_id = $1 and id = $2`,
      [practice.practiceId, issueId],
    );
    expect(issue).toEqual({ status: 'DRAFT', deliveries: 0 });
  });

  it('sends when the recipients fit', async () => {
    const { practice, issueId } = await practiceThatSent(998);
    const { data, errors } = await t.graphql(SEND, { id: issueId }, practice.owner.headers);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ sendNewsletterIssueNow: { status: 'SENDING', recipients: 2 } });
  });
});
