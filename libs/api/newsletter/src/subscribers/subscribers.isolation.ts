import { notFoundFromB, refusedInA } from '@ascend/platform/testing';
import type { IsolationCase, TenantPair, TestApp } from '@ascend/platform/testing';
import { SubscriberLinks } from '../shared/subscriber-links';
import type { SubscriberLinkPurpose } from '../shared/subscriber-links';
import { buildSubscriber } from '../shared/subscriber-scenario';

const slugOf = async (t: TestApp, practiceId: string) => (await t.db.query<{ slug: string }>('select slug from practice where id = $1', [practiceId]))[0].slug;

/**
 * A link to A's subscriber that B could make: B's own valid link (for B's subscriber) with A's practice and
 * subscriber put in; the signature, made for B's, does not hold for them.
 */
async function linkToA(t: TestApp, pair: TenantPair, purpose: SubscriberLinkPurpose): Promise<Record<string, unknown>> {
  const [ofA, ofB] = await Promise.all([
    buildSubscriber(t, { practiceId: pair.a.practiceId }, { status: purpose === 'confirm' ? 'PENDING' : 'UNSUBSCRIBED' }),
    buildSubscriber(t, { practiceId: pair.b.practiceId }),
  ]);
  const own = t.app.get(SubscriberLinks).token(purpose, { practiceId: pair.b.practiceId, subscriberId: ofB.id });
  return { token: `${pair.a.practiceId}.${ofA.id}.${own.split('.')[2]}` };
}

const CONFIRMATION = '{ practiceName email status }';

const subscriberOfA = async (t: TestApp, pair: TenantPair) => ({ id: (await buildSubscriber(t, { practiceId: pair.a.practiceId })).id });

const importOfA = async (t: TestApp, pair: TenantPair) => {
  const [row] = await t.db.query<{ id: string }>(`insert into subscriber_import (tenant_id, file_name, csv, total) values ($1, 'a.csv', 'email\na@example.com\n', 1) returning id`, [
    pair.a.practiceId,
  ]);
  return { id: row.id };
};

export const isolationCases: Record<string, IsolationCase> = {
  // Public by design: a signup lands in the practice its slug names, whatever practice the caller's header names.
  'Mutation.subscribeToNewsletter': async (t, { a, b }) => {
    const input = { practiceSlug: await slugOf(t, b.practiceId), email: 'reader-of-b@example.com', consent: true };
    const answer = await t.graphql(`mutation($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { message } }`, { input }, { ...b.headers, 'x-practice-id': a.practiceId });
    expect(answer.errors).toBeUndefined();
    expect(await t.db.query('select tenant_id from subscriber where email = $1', ['reader-of-b@example.com'])).toEqual([{ tenant_id: b.practiceId }]);
  },
  'Query.newsletterSignupWording': async (t, { a, b }) => {
    const [nameOfA] = await t.db.query<{ name: string }>('select name from practice where id = $1', [a.practiceId]);
    const answer = await t.graphql<{ newsletterSignupWording: string }>(`query($slug: String!) { newsletterSignupWording(practiceSlug: $slug) }`, { slug: await slugOf(t, b.practiceId) }, {
      ...b.headers,
      'x-practice-id': a.practiceId,
    });
    expect(answer.data?.newsletterSignupWording).not.toContain(nameOfA.name);
  },
  'Query.newsletterConfirmation': notFoundFromB(`query($token: String!) { newsletterConfirmation(token: $token) ${CONFIRMATION} }`, (t, pair) => linkToA(t, pair, 'confirm')),
  'Mutation.confirmNewsletterSubscription': notFoundFromB(`mutation($token: String!) { confirmNewsletterSubscription(token: $token) ${CONFIRMATION} }`, (t, pair) =>
    linkToA(t, pair, 'confirm'),
  ),
  'Mutation.unsubscribeFromNewsletter': notFoundFromB(`mutation($token: String!) { unsubscribeFromNewsletter(token: $token) ${CONFIRMATION} }`, (t, pair) =>
    linkToA(t, pair, 'unsubscribe'),
  ),
  'Mutation.resubscribeToNewsletter': notFoundFromB(`mutation($token: String!) { resubscribeToNewsletter(token: $token) ${CONFIRMATION} }`, (t, pair) =>
    linkToA(t, pair, 'unsubscribe'),
  ),
  'Query.subscribers': refusedInA(`{ subscribers { total subscribers { email } } }`),
  'Query.subscribersCsv': refusedInA(`{ subscribersCsv }`),
  'Mutation.unsubscribeSubscriber': notFoundFromB(`mutation($id: ID!) { unsubscribeSubscriber(id: $id) { id status } }`, subscriberOfA),
  'Mutation.deleteSubscriber': notFoundFromB(`mutation($id: ID!) { deleteSubscriber(id: $id) }`, subscriberOfA),
  'Query.previewSubscriberImport': refusedInA(`query($csv: String!) { previewSubscriberImport(csv: $csv) { total } }`, { csv: 'email\nreader@example.com\n' }),
  'Mutation.importSubscribers': refusedInA(`mutation($csv: String!) { importSubscribers(csv: $csv) { id } }`, { csv: 'email,consent_at\nreader@example.com,2024-01-01\n' }),
  'Query.subscriberImport': notFoundFromB(`query($id: ID!) { subscriberImport(id: $id) { id errors } }`, importOfA),
};
