import { notFoundFromB, refusedInA } from '@ascend/platform/testing';
import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';
import { masterclassOfA, slugOf } from '../masterclasses/masterclass.isolation';


/** A confirmed registration on a masterclass of A. */
export async function registrationOfA(t: TestApp, pair: TenantPair): Promise<{ masterclassId: string; registrationId: string }> {
  const masterclassId = await masterclassOfA(t, pair);
  const [row] = await t.db.query<{ id: string }>(
    `insert into registration (tenant_id, masterclass_id, name, email, status, consent_text, confirmed_at)
     values ($1, $2, 'Registrant of A', 'registrant-of-a@example.com', 'CONFIRMED', 'consent', now()) returning id`,
    [pair.a.practiceId, masterclassId],
  );
  return { masterclassId, registrationId: row.id };
}

const REGISTER = `mutation($input: RegisterForMasterclassInput!) { registerForMasterclass(input: $input) { alreadyRegistered registration { id } } }`;

/** A signed-looking link to A's registration that B cannot have signed: the practice and id of A, a signature of B's making. */
const forgedLink = (practiceId: string, registrationId: string) => `${practiceId}.${registrationId}.${'A'.repeat(43)}`;

export const isolationCases: Record<string, IsolationCase> = {
  // Public by design: a registration lands in the practice the slug names, whatever practice the caller's header
  // names; and A's masterclass cannot be reached through B's address.
  'Mutation.registerForMasterclass': {
    arrange: async (t, pair) => {
      const aMasterclass = await masterclassOfA(t, pair);
      const [bMasterclass] = await t.db.query<{ slug: string }>(
        `insert into masterclass (tenant_id, slug, title, starts_at, duration_minutes, time_zone, capacity, registration_deadline, status)
         values ($1, 'b-open', 'B open', now() + interval '2 days', 60, 'Europe/London', 5, now() + interval '2 days', 'PUBLISHED') returning slug`,
        [pair.b.practiceId],
      );
      const aSlug = (await t.db.query<{ slug: string }>('select slug from masterclass where id = $1', [aMasterclass]))[0].slug;
      return { aSlug, bSlug: bMasterclass.slug };
    },
    attack: async (t, { a, b }, { aSlug, bSlug }) => {
      const input = { practiceSlug: await slugOf(t, b.practiceId), masterclassSlug: bSlug, name: 'Guest', email: 'guest@example.com', consent: true };
      const answer = await t.graphql(REGISTER, { input }, { ...b.headers, 'x-practice-id': a.practiceId });
      expect(answer.errors).toBeUndefined();
      const crossed = await t.graphql(REGISTER, { input: { ...input, masterclassSlug: aSlug } }, b.headers);
      expect(crossed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    },
  },
  'Mutation.registerMeForMasterclass': refusedInA(`mutation { registerMeForMasterclass(masterclassId: "00000000-0000-4000-8000-000000000000") { id } }`),
  'Query.registrationByLink': notFoundFromB(`query($token: String!) { registrationByLink(token: $token) { id joinUrl } }`, async (t, pair) => {
    const { registrationId } = await registrationOfA(t, pair);
    return { token: forgedLink(pair.a.practiceId, registrationId) };
  }),
  'Mutation.cancelRegistration': notFoundFromB(`mutation($token: String!) { cancelRegistration(token: $token) { id } }`, async (t, pair) => {
    const { registrationId } = await registrationOfA(t, pair);
    return { token: forgedLink(pair.a.practiceId, registrationId) };
  }),
  'Query.myMasterclassRegistrations': refusedInA(`{ myMasterclassRegistrations { id joinUrl } }`),
};

