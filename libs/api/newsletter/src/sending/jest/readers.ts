/** What these helpers use of the testing lib's TestApp (which only test files may import). */
interface TestDb {
  db: { query<T>(sql: string, parameters?: unknown[]): Promise<T[]> };
}

/**
 * `count` SUBSCRIBED readers of the practice (reader-1@… to reader-<count>@…, under `domain`), with their consent on
 * record, written as the cluster administrator. Answers their addresses.
 */
export async function addReaders(t: TestDb, practiceId: string, count: number, domain = 'example.com'): Promise<string[]> {
  const rows = await t.db.query<{ email: string }>(
    `insert into subscriber (tenant_id, email, name, status, source, consent_at, consent_text, consent_source, confirmed_at)
     select $1, 'reader-' || g || '@' || $3, 'Reader ' || g, 'SUBSCRIBED', 'IMPORT', now() - interval '30 days', 'Weekly insights, no spam', 'test', now()
       from generate_series(1, $2) g
     returning email`,
    [practiceId, count, domain],
  );
  return rows.map((row) => row.email);
}

/** One subscriber in any status (consent recorded, as a subscribed one must have). */
export async function addSubscriber(t: TestDb, practiceId: string, email: string, status: string): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(
    `insert into subscriber (tenant_id, email, status, consent_at) values ($1, $2, $3, now() - interval '1 day') returning id`,
    [practiceId, email, status],
  );
  return row.id;
}

/** An issue of the practice, as the cluster administrator writes it. */
export async function addIssue(t: TestDb, practiceId: string, fields: { subject?: string; body?: string; status?: string } = {}): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(
    `insert into newsletter_issue (tenant_id, subject, preheader, body, status) values ($1, $2, 'One decision, two hours', $3, $4) returning id`,
    [
      practiceId,
      fields.subject ?? 'Who runs your week?',
      fields.body ?? 'Before you open your inbox, write down the **one decision** only you can make this week.',
      fields.status ?? 'DRAFT',
    ],
  );
  return row.id;
}

/** Starts sending the issue as sendNewsletterIssueNow does (SENDING, the ledger in one statement), without its job. */
export async function startIssue(t: TestDb, practiceId: string, issueId: string): Promise<number> {
  await t.db.query(`update newsletter_issue set status = 'SENDING', started_at = now() where tenant_id = $1 and id = $2`, [practiceId, issueId]);
  const [row] = await t.db.query<{ recipients: number }>(
    `with ledger as (
       insert into delivery (tenant_id, issue_id, subscriber_id)
       select $1, $2, id from subscriber where tenant_id = $1 and status = 'SUBSCRIBED' on conflict do nothing returning 1
     )
     update newsletter_issue set recipients = (select count(*) from ledger) where tenant_id = $1 and id = $2 returning recipients`,
    [practiceId, issueId],
  );
  return row.recipients;
}
