import { notFoundFromB, refusedInA } from '@ascend/platform/testing';
import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';

/** A published masterclass of A, starting in `hours`, written as the cluster administrator. */
export async function masterclassOfA(t: TestApp, { a }: TenantPair, hours = 48): Promise<string> {
  const [row] = await t.db.query<{ id: string }>(
    `insert into masterclass (tenant_id, slug, title, starts_at, duration_minutes, time_zone, capacity, registration_deadline, join_url, status)
     values ($1, 'a-secret-' || substr(md5(random()::text), 1, 8), 'A only', now() + $2 * interval '1 hour', 60, 'Europe/London', 10,
             now() + $2 * interval '1 hour', 'https://meet.example.com/a-secret', 'PUBLISHED') returning id`,
    [a.practiceId, hours],
  );
  return row.id;
}

/** A practice's public address. */
export const slugOf = async (t: TestApp, practiceId: string) => (await t.db.query<{ slug: string }>('select slug from practice where id = $1', [practiceId]))[0].slug;

const onMasterclassOfA = (query: string, hours?: number) => notFoundFromB(query, async (t, pair) => ({ id: await masterclassOfA(t, pair, hours) }));

const INPUT = `title: "Spy", startsAt: "2099-01-01T10:00:00Z", durationMinutes: 60, timeZone: "Europe/London", capacity: 5`;

export const isolationCases: Record<string, IsolationCase> = {
  'Query.masterclasses': refusedInA(`{ masterclasses(when: ALL) { id joinUrl } }`),
  'Query.masterclass': onMasterclassOfA(`query($id: ID!) { masterclass(id: $id) { id joinUrl } }`),
  'Query.masterclassDescriptionPreview': refusedInA(`{ masterclassDescriptionPreview(markdown: "**hi**") }`),
  'Mutation.createMasterclass': refusedInA(`mutation { createMasterclass(input: { ${INPUT} }) { id } }`),
  'Mutation.updateMasterclass': onMasterclassOfA(`mutation($id: ID!) { updateMasterclass(input: { id: $id, ${INPUT} }) { id } }`),
  'Mutation.publishMasterclass': onMasterclassOfA(`mutation($id: ID!) { publishMasterclass(id: $id) { id } }`),
  'Mutation.cancelMasterclass': onMasterclassOfA(`mutation($id: ID!) { cancelMasterclass(id: $id) { id } }`),
  'Mutation.completeMasterclass': onMasterclassOfA(`mutation($id: ID!) { completeMasterclass(id: $id) { id } }`, -2),
  'Mutation.deleteMasterclass': onMasterclassOfA(`mutation($id: ID!) { deleteMasterclass(id: $id) }`),
};
