/** What these builders use of the testing lib's TestApp and practice scenario (which only test files may import). */
interface TestApp {
  db: { query<T>(sql: string, parameters?: unknown[]): Promise<T[]> };
}
interface PracticeScenario {
  practiceId: string;
}

export type ScenarioSubscriberStatus = 'PENDING' | 'SUBSCRIBED' | 'UNSUBSCRIBED' | 'BOUNCED' | 'COMPLAINED';

export interface SubscriberSpec {
  email?: string;
  name?: string;
  status?: ScenarioSubscriberStatus;
  source?: 'SIGNUP_FORM' | 'IMPORT' | 'MASTERCLASS' | 'TEAM';
  /** Hours ago the consent was given (every status but an imported one without consent has one). */
  consentHoursAgo?: number;
}

export interface ScenarioSubscriber {
  id: string;
  email: string;
  name: string;
  status: ScenarioSubscriberStatus;
}

let counter = 0;

const unique = () => `${process.pid}-${++counter}-${Date.now().toString(36)}`;

/** One subscriber of the practice, written as the cluster administrator (fast, no mail); SUBSCRIBED by default. */
export async function buildSubscriber(t: TestApp, practice: PracticeScenario, spec: SubscriberSpec = {}): Promise<ScenarioSubscriber> {
  const email = (spec.email ?? `reader-${unique()}@example.com`).toLowerCase();
  const name = spec.name ?? 'Reader Example';
  const status = spec.status ?? 'SUBSCRIBED';
  // With the timestamps each status implies, so a built subscriber looks like one the app made.
  const [row] = await t.db.query<{ id: string }>(
    `insert into subscriber (tenant_id, email, name, status, source, consent_at, consent_text, consent_source, consent_ip, confirmation_sent_at,
                             confirmed_at, unsubscribed_at, bounced_at, complained_at)
     select $1, $2, $3, $4, $5, at, 'Yes, email me the newsletter (test consent).', 'signup form on /test', '127.0.0.1', at,
            case when $4 <> 'PENDING' then at end, case when $4 = 'UNSUBSCRIBED' then now() end,
            case when $4 = 'BOUNCED' then now() end, case when $4 = 'COMPLAINED' then now() end
       from (select now() - make_interval(hours => $6) as at) as consent
     returning id`,
    [practice.practiceId, email, name, status, spec.source ?? 'SIGNUP_FORM', spec.consentHoursAgo ?? 24],
  );
  return { id: row.id, email, name, status };
}

/**
 * `count` subscribers in one statement (`insert … select generate_series`), thousands in well under a second:
 * addresses `<label>-<n>-<unique>@example.com`, n from 1. Answers the addresses' common pattern and the count.
 */
export async function buildSubscribers(
  t: TestApp,
  practice: PracticeScenario,
  count: number,
  status: ScenarioSubscriberStatus = 'SUBSCRIBED',
  label = 'reader',
): Promise<{ count: number; emailOf: (n: number) => string }> {
  const suffix = unique();
  await t.db.query(
    `insert into subscriber (tenant_id, email, name, status, source, consent_at, consent_text, consent_source, confirmation_sent_at, confirmed_at,
                             unsubscribed_at, bounced_at, complained_at)
     select $1, $2 || '-' || n || '-' || $3 || '@example.com', 'Reader ' || n, $4, 'SIGNUP_FORM', now() - interval '1 day',
            'Yes, email me the newsletter (test consent).', 'signup form on /test', now() - interval '1 day',
            case when $4 <> 'PENDING' then now() - interval '1 day' end,
            case when $4 = 'UNSUBSCRIBED' then now() end, case when $4 = 'BOUNCED' then now() end, case when $4 = 'COMPLAINED' then now() end
       from generate_series(1, $5::int) as n`,
    [practice.practiceId, label, suffix, status, count],
  );
  return { count, emailOf: (n: number) => `${label}-${n}-${suffix}@example.com` };
}
