import type Stripe from 'stripe';
import { consumersOf, eventOf, failureText, practiceReferences, scopeOf, signatureProblem } from './stripe-event-rules';

const PRACTICE = '6f1d7c7e-3b1a-4f7e-9a55-0c2b1d9e8f10';
const event = (object: Record<string, unknown>, account?: string) => ({ ...(account ? { account } : {}), data: { object } }) as unknown as Stripe.Event;

describe('signatureProblem', () => {
  const now = 1_800_000_000;

  it('is a stale timestamp when the SDK refused the time and the header is older than 300 s', () => {
    expect(signatureProblem(`t=${now - 301},v1=abc`, 'Timestamp outside the tolerance zone', now)).toBe('stale_timestamp');
  });

  it('is a bad signature otherwise', () => {
    expect(signatureProblem(`t=${now},v1=abc`, 'No signatures found matching the expected signature for payload', now)).toBe('invalid_signature');
    expect(signatureProblem(`t=${now - 1000},v1=abc`, 'No signatures found matching the expected signature for payload', now)).toBe('invalid_signature');
    expect(signatureProblem('garbage', 'Unable to extract timestamp and signatures from header', now)).toBe('invalid_signature');
  });
});

describe('eventOf', () => {
  it('accepts an object with an id, a type, a created time and data', () => {
    const parsed = { id: 'evt_1', type: 'invoice.paid', created: 1, data: { object: {} } };
    expect(eventOf(parsed)).toBe(parsed);
  });

  it.each([null, [], 'evt', { id: 'evt_1', type: 'x', created: 'yesterday', data: { object: {} } }, { id: '', type: 'x', created: 1, data: { object: {} } }, { id: 'evt_1', type: 'x', created: 1 }])(
    'refuses %p',
    (parsed) => expect(eventOf(parsed)).toBeUndefined(),
  );
});

describe('consumersOf', () => {
  const platform = { scope: 'platform' as const, types: ['invoice.paid'] };
  const connect = { scope: 'connect' as const, types: ['invoice.paid', 'checkout.session.completed'] };

  it('picks the consumers of the event scope that list its type', () => {
    expect(consumersOf([platform, connect], { type: 'invoice.paid' })).toEqual([platform]);
    expect(consumersOf([platform, connect], { type: 'invoice.paid', account: 'acct_1' })).toEqual([connect]);
    expect(consumersOf([platform, connect], { type: 'customer.created' })).toEqual([]);
  });

  it('scopes by the connected account', () => {
    expect(scopeOf({ account: 'acct_1' })).toBe('connect');
    expect(scopeOf({})).toBe('platform');
  });
});

describe('practiceReferences', () => {
  it('places a connected-account event by its account alone, whatever its metadata claims', () => {
    expect(practiceReferences(event({ customer: 'cus_1', metadata: { practiceId: PRACTICE } }, 'acct_1'))).toEqual({ account: 'acct_1' });
  });

  it('names the customer and the practice id Ascend put on the object', () => {
    expect(practiceReferences(event({ customer: 'cus_1', metadata: { practiceId: PRACTICE } }))).toEqual({ customer: 'cus_1', practiceId: PRACTICE });
    expect(practiceReferences(event({ customer: { id: 'cus_2' } }))).toEqual({ customer: 'cus_2' });
  });

  it("reads an invoice's subscription metadata and a Checkout's client reference", () => {
    expect(practiceReferences(event({ customer: 'cus_1', metadata: {}, parent: { subscription_details: { metadata: { practiceId: PRACTICE } } } }))).toEqual({
      customer: 'cus_1',
      practiceId: PRACTICE,
    });
    expect(practiceReferences(event({ customer: null, client_reference_id: PRACTICE }))).toEqual({ practiceId: PRACTICE });
  });

  it('ignores a practice id that is not one', () => {
    expect(practiceReferences(event({ metadata: { practiceId: "1'; drop table practice" } }))).toEqual({});
  });
});

describe('failureText', () => {
  it('keeps the error name and message within 2000 characters', () => {
    expect(failureText(new TypeError('no'))).toBe('TypeError: no');
    expect(failureText(new Error('x'.repeat(5000)))).toHaveLength(2000);
  });
});
