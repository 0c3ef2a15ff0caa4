import { MailCatcher, startMailCatcher, startTestApp, TestApp } from '@ascend/platform/testing';
import { NewsletterModule } from '../../newsletter.module';
import { SubscriberLinks } from '../../shared/subscriber-links';
import type { SubscriberLinkPurpose } from '../../shared/subscriber-links';

export const BOUNCE_SECRET = 'bounce-secret-for-tests-0123456789';

/** The API with the newsletter, its mail caught over SMTP; attempts are not limited unless `env` says so. */
export async function startNewsletterApp(env: Record<string, string> = {}): Promise<{ t: TestApp; mail: MailCatcher; stop(): Promise<void> }> {
  const mail = await startMailCatcher();
  const t = await startTestApp({
    imports: [NewsletterModule],
    env: { AUTH_RATE_LIMIT: '1000000', SMTP_URL: mail.smtpUrl, NEWSLETTER_BOUNCE_SECRET: BOUNCE_SECRET, ...env },
  });
  return {
    t,
    mail,
    async stop() {
      await t.close();
      await mail.close();
    },
  };
}

export const SUBSCRIBE = `mutation($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { message } }`;
export const CONFIRMATION = `query($token: String!) { newsletterConfirmation(token: $token) { practiceName practiceSlug email status } }`;
export const CONFIRM = `mutation($token: String!) { confirmNewsletterSubscription(token: $token) { practiceName practiceSlug email status } }`;
export const UNSUBSCRIBE = `mutation($token: String!) { unsubscribeFromNewsletter(token: $token) { email status } }`;
export const RESUBSCRIBE = `mutation($token: String!) { resubscribeToNewsletter(token: $token) { email status } }`;

export const tokenFor = (t: TestApp, purpose: SubscriberLinkPurpose, practiceId: string, subscriberId: string) =>
  t.app.get(SubscriberLinks).token(purpose, { practiceId, subscriberId });

export interface StoredSubscriber {
  id: string;
  status: string;
  name: string;
  consent_at: Date | null;
  consent_ip: string | null;
  consent_text: string | null;
  consent_source: string | null;
  confirmation_sent_at: Date | null;
  confirmed_at: Date | null;
  unsubscribed_at: Date | null;
}

export async function stored(t: TestApp, practiceId: string, email: string): Promise<StoredSubscriber | undefined> {
  const [row] = await t.db.query<StoredSubscriber>(
    `select id, status, name, consent_at, consent_ip, consent_text, consent_source, confirmation_sent_at, confirmed_at, unsubscribed_at
       from subscriber where tenant_id = $1 and email = $2`,
    [practiceId, email],
  );
  return row;
}
