import { notFoundFromB, refusedInA } from '@ascend/platform/testing';
import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';

/** A draft issue of A, written as the cluster administrator. */
export async function issueOfA(t: TestApp, { a }: TenantPair): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(`insert into newsletter_issue (tenant_id, subject, body) values ($1, 'A only', 'For A''s readers') returning id`, [
    a.practiceId,
  ]);
  return row.id;
}

/** A scheduled issue of A. */
async function scheduledIssueOfA(t: TestApp, pair: TenantPair): Promise<string> {
  const id = await issueOfA(t, pair);
  await t.db.query(`update newsletter_issue set status = 'SCHEDULED', scheduled_at = now() + interval '2 days' where id = $1`, [id]);
  return id;
}

const onIssueOfA = (query: string, make = issueOfA) => notFoundFromB(query, async (t, pair) => ({ id: await make(t, pair) }));

const INPUT = `subject: "Spy", preheader: "", body: "x"`;

export const isolationCases: Record<string, IsolationCase> = {
  'Query.newsletterIssues': refusedInA(`{ newsletterIssues { id subject } }`),
  'Query.newsletterIssue': onIssueOfA(`query($id: ID!) { newsletterIssue(id: $id) { id body } }`),
  'Query.newsletterIssuePreview': refusedInA(`{ newsletterIssuePreview(subject: "s", body: "b") }`),
  'Mutation.createNewsletterIssue': refusedInA(`mutation { createNewsletterIssue(input: { ${INPUT} }) { id } }`),
  'Mutation.updateNewsletterIssue': onIssueOfA(`mutation($id: ID!) { updateNewsletterIssue(input: { id: $id, ${INPUT} }) { id } }`),
  'Mutation.deleteNewsletterIssue': onIssueOfA(`mutation($id: ID!) { deleteNewsletterIssue(id: $id) }`),
  'Mutation.sendNewsletterTest': onIssueOfA(`mutation($id: ID!) { sendNewsletterTest(id: $id) }`),
  'Mutation.scheduleNewsletterIssue': onIssueOfA(`mutation($id: ID!) { scheduleNewsletterIssue(id: $id, at: "2099-01-01T10:00:00Z") { id } }`),
  'Mutation.unscheduleNewsletterIssue': onIssueOfA(`mutation($id: ID!) { unscheduleNewsletterIssue(id: $id) { id } }`, scheduledIssueOfA),
  'Mutation.sendNewsletterIssueNow': onIssueOfA(`mutation($id: ID!) { sendNewsletterIssueNow(id: $id) { id } }`),
};
