import type { DynamicModule, Type } from '@nestjs/common';
import { CoachingModule } from '@ascend/coaching';
import { EventsModule } from '@ascend/events';
import { IdentityModule } from '@ascend/identity';
import type { PlanId } from '@ascend/platform/tenancy';
import { MailCatcher, startMailCatcher, startStripeTestServer, startTestApp, StripeTestServer, StripeTestServerOptions, TestApp, waitForJobs } from '@ascend/platform/testing';
import { BillingModule } from '../billing.module';
import type { SubscriptionStatus } from '../subscription-sync/subscription-rules';

export interface BillingTestApp {
  t: TestApp;
  stripe: StripeTestServer;
  mail: MailCatcher;
  close(): Promise<void>;
}

/**
 * An app under test with billing configured against its own Stripe test server, wired both ways: the app calls the
 * server through STRIPE_API_URL and the server signs its webhooks to the app's /webhooks/stripe. Mail goes to a
 * catcher. `env` is applied last (e.g. BILLING_GRACE_DAYS); `stripe` sets the test server up (e.g. `autoDeliver: false`
 * to collect events and deliver them with `settleWebhooks` or by hand).
 */
export async function startBillingTestApp(
  options: { imports?: (Type | DynamicModule)[]; env?: Record<string, string>; stripe?: Omit<StripeTestServerOptions, 'webhookUrl'> } = {},
): Promise<BillingTestApp> {
  const stripe = await startStripeTestServer(options.stripe);
  const mail = await startMailCatcher();
  let t: TestApp;
  try {
    t = await startTestApp({
      imports: options.imports ?? [IdentityModule, CoachingModule, EventsModule, BillingModule],
      env: { ...stripe.env(), SMTP_URL: mail.smtpUrl, ...options.env },
    });
  } catch (error) {
    await Promise.all([stripe.close(), mail.close()]);
    throw error;
  }
  stripe.webhookUrl = `${t.url}/webhooks/stripe`;
  return {
    t,
    stripe,
    mail,
    async close() {
      await stripe.close();
      await t.close();
      await mail.close();
    },
  };
}

/**
 * Puts a practice on a plan directly in SQL (no Stripe, no events): the subscription row is created or replaced.
 * Its Stripe customer is a made-up id unless the practice already has one.
 */
export async function givePlan(
  t: TestApp,
  practiceId: string,
  plan: PlanId,
  status: SubscriptionStatus = 'ACTIVE',
  extra: { readOnlyFrom?: Date; pastDueSince?: Date } = {},
): Promise<void> {
  await t.db.query(
    `insert into subscription (tenant_id, stripe_customer_id, plan, status, past_due_since, read_only_from, synced_at)
     values ($1::uuid, 'cus_given_' || replace($1::uuid::text, '-', ''), $2, $3, $4, $5, now())
     on conflict (tenant_id) do update
        set plan = excluded.plan, status = excluded.status, past_due_since = excluded.past_due_since,
            read_only_from = excluded.read_only_from, synced_at = now(), updated_at = now()`,
    [practiceId, plan, status, extra.pastDueSince ?? null, extra.readOnlyFrom ?? null],
  );
}

/**
 * Delivers every webhook the Stripe test server has not delivered yet, then waits until the jobs they made have run,
 * retries included: an attempt that failed (Stripe briefly unreachable under load) runs again after a backoff that
 * waitForJobs does not wait for. An event still unprocessed after 30 s fails the test.
 */
export async function settleWebhooks(t: TestApp, stripe: StripeTestServer): Promise<void> {
  await stripe.deliverPending();
  await waitForJobs(t.db);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const retrying = await t.db.query<{ last_error: string | null }>(
      `select last_error from graphile_worker.jobs where task_identifier = 'billing.stripe-event' and attempts < max_attempts`,
    );
    if (retrying.length === 0) return;
    if (Date.now() > deadline) throw new Error(`Stripe events still unprocessed after 30 s: ${retrying.map((job) => job.last_error).join('; ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
