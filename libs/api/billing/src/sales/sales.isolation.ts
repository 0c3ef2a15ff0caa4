import { randomUUID } from 'node:crypto';
import { notFoundFromB, refusedInA } from '@ascend/platform/testing';
import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';
import { buildOffering, buildPurchase } from './sales-scenario';

const slugOf = async (t: TestApp, practiceId: string) => (await t.db.query<{ slug: string }>('select slug from practice where id = $1', [practiceId]))[0].slug;
const offeringOfA = async (t: TestApp, { a }: TenantPair) => ({ id: (await buildOffering(t, a.practiceId)).id });
const purchaseOfA = async (t: TestApp, { a }: TenantPair) => ({ id: await buildPurchase(t, a.practiceId, { offeringId: (await buildOffering(t, a.practiceId)).id }) });

export const isolationCases: Record<string, IsolationCase> = {
  'Query.salesAccount': refusedInA(`{ salesAccount { connected chargesEnabled } }`),
  'Query.offerings': refusedInA(`{ offerings { id title } }`),
  'Query.purchases': refusedInA(`{ purchases { purchases { id buyerEmail } totals { currency paidCents } } }`),
  'Mutation.connectStripeAccount': refusedInA(`mutation { connectStripeAccount { url } }`),
  'Mutation.createOffering': refusedInA(`mutation { createOffering(input: { title: "Planted package", priceCents: 5000, billing: ONE_TIME, months: 3 }) { id } }`),
  'Mutation.updateOffering': notFoundFromB(`mutation($id: ID!) { updateOffering(input: { id: $id, priceCents: 50, active: false }) { id } }`, offeringOfA),
  'Mutation.refundPurchase': notFoundFromB(`mutation($id: ID!) { refundPurchase(id: $id) { id status } }`, purchaseOfA),
  // Public by design: anyone sees A's packages on sale, never one taken off sale, and never an id.
  'Query.publicOfferings': {
    arrange: async (t, { a }) => {
      const onSale = await buildOffering(t, a.practiceId);
      await buildOffering(t, a.practiceId, { active: false });
      return { onSale: onSale.slug };
    },
    attack: async (t, { a, b }, { onSale }) => {
      const answer = await t.graphql<{ publicOfferings: { slug: string }[] }>(`query($p: String!) { publicOfferings(practiceSlug: $p) { slug } }`, { p: await slugOf(t, a.practiceId) }, b.headers);
      expect(answer.data?.publicOfferings.map((o) => o.slug)).toEqual([onSale]);
      const probe = await t.graphql(`query($p: String!) { publicOfferings(practiceSlug: $p) { id coachUserId } }`, { p: await slugOf(t, a.practiceId) }, b.headers);
      expect(probe.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    },
  },
  'Query.publicOffering': {
    arrange: async (t, { a }) => ({ slug: (await buildOffering(t, a.practiceId, { active: false })).slug }),
    attack: async (t, { a, b }, { slug }) => {
      const answer = await t.graphql(`query($p: String!, $o: String!) { publicOffering(practiceSlug: $p, offeringSlug: $o) { title } }`, { p: await slugOf(t, a.practiceId), o: slug }, b.headers);
      expect(answer.data).toEqual({ publicOffering: null });
    },
  },
  // Anyone may buy a package on sale; one taken off sale cannot be bought, and buying it leaves A as it was.
  'Mutation.buyPackage': {
    arrange: async (t, { a }) => ({ slug: (await buildOffering(t, a.practiceId, { active: false })).slug }),
    attack: async (t, { a, b }, { slug }) => {
      const { errors } = await t.graphql(
        `mutation($p: String!, $o: String!) { buyPackage(input: { practiceSlug: $p, offeringSlug: $o }) { url } }`,
        { p: await slugOf(t, a.practiceId), o: slug },
        { authorization: b.headers.authorization },
      );
      expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
    },
  },
  // The link is signed with the server's key: naming A's practice and a registration id is not enough.
  'Mutation.payForRegistration': async (t, { a, b }) => {
    const forged = `${a.practiceId}.${randomUUID()}.${'A'.repeat(43)}`;
    const { errors } = await t.graphql(`mutation($token: String!) { payForRegistration(token: $token) { url } }`, { token: forged }, b.headers);
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  },
};
