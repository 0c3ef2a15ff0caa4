import { buildPractice, CaughtMail, MailCatcher, TestApp, uniqueEmail, waitForJobs } from '@ascend/platform/testing';
import { buildSubscriber } from '../shared/subscriber-scenario';
import { CONFIRM, CONFIRMATION, RESUBSCRIBE, startNewsletterApp, stored, SUBSCRIBE, tokenFor, UNSUBSCRIBE } from './jest/newsletter-app';
import { SUBSCRIBE_RECEIPT } from './subscriber-rules';

type Receipt = { subscribeToNewsletter: { message: string } };
type Confirmation = { practiceName: string; practiceSlug: string; email: string; status: string };

describe('signing up for the newsletter (double opt-in)', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ t, mail, stop } = await startNewsletterApp());
  });
  afterAll(() => stop());

  const subscribe = (input: Record<string, unknown>, headers: Record<string, string> = {}) => t.graphql<Receipt>(SUBSCRIBE, { input }, headers);
  const mailsTo = (email: string) => mail.messages.filter((m) => m.to.includes(email) && m.tag === 'newsletter-confirm');
  const confirmTokenIn = (message: CaughtMail) => new URL(message.links.find((link) => link.includes('/newsletter/confirm?token='))!).searchParams.get('token')!;

  it('records the consent with the address, the wording the form shows and the page, mails a confirmation, and confirms only on the POST', async () => {
    const practice = await buildPractice(t, { name: 'Northlight Coaching' });
    const email = uniqueEmail('Reader');
    const wording = await t.graphql<{ newsletterSignupWording: string }>(`query($slug: String!) { newsletterSignupWording(practiceSlug: $slug) }`, { slug: practice.slug });
    expect(wording.data?.newsletterSignupWording).toContain("Northlight Coaching's newsletter");

    const answer = await subscribe(
      { practiceSlug: practice.slug, email: `  ${email.toUpperCase()} `, name: ' Robin Reader ', consent: true, source: '/p/northlight/articles/delegating' },
      { 'x-forwarded-for': '203.0.113.7' },
    );
    expect(answer.data?.subscribeToNewsletter).toEqual({ message: SUBSCRIBE_RECEIPT });
    const row = await stored(t, practice.practiceId, email.toLowerCase());
    expect(row).toMatchObject({
      status: 'PENDING',
      name: 'Robin Reader',
      consent_ip: '203.0.113.7',
      consent_text: wording.data?.newsletterSignupWording,
      consent_source: 'signup form on /p/northlight/articles/delegating',
      confirmed_at: null,
    });
    expect(row?.consent_at).toBeInstanceOf(Date);

    await waitForJobs(t.db);
    const message = await mail.waitFor((m) => m.to.includes(email.toLowerCase()) && m.tag === 'newsletter-confirm');
    expect(message.subject).toBe("Confirm your subscription to Northlight Coaching's newsletter");
    expect(message.text).toContain('no spam, we never sell or share your information');
    const token = confirmTokenIn(message);

    // Opening the page (a GET, or a mail scanner following the link) reads; it never confirms.
    const page = await t.graphql<{ newsletterConfirmation: Confirmation }>(CONFIRMATION, { token });
    expect(page.data?.newsletterConfirmation).toEqual({ practiceName: 'Northlight Coaching', practiceSlug: practice.slug, email: email.toLowerCase(), status: 'PENDING' });
    expect((await stored(t, practice.practiceId, email.toLowerCase()))?.status).toBe('PENDING');

    const confirmed = await t.graphql<{ confirmNewsletterSubscription: Confirmation }>(CONFIRM, { token });
    expect(confirmed.data?.confirmNewsletterSubscription.status).toBe('SUBSCRIBED');
    const after = await stored(t, practice.practiceId, email.toLowerCase());
    expect(after?.confirmed_at).toBeInstanceOf(Date);
    // Confirming again is harmless.
    expect((await t.graphql<{ confirmNewsletterSubscription: Confirmation }>(CONFIRM, { token })).data?.confirmNewsletterSubscription.status).toBe('SUBSCRIBED');
    expect((await stored(t, practice.practiceId, email.toLowerCase()))?.confirmed_at).toEqual(after?.confirmed_at);
  });

  it('answers every repeat alike: a pending address is mailed at most once in 10 minutes, a subscribed or bounced one never, one that left again', async () => {
    const practice = await buildPractice(t);
    const pending = uniqueEmail('pending').toLowerCase();
    const receipts = [await subscribe({ practiceSlug: practice.slug, email: pending, consent: true })];
    await waitForJobs(t.db);
    receipts.push(await subscribe({ practiceSlug: practice.slug, email: pending, consent: true }));
    await waitForJobs(t.db);
    expect(mailsTo(pending)).toHaveLength(1);
    // Ten minutes later the form mails it again.
    await t.db.query(`update subscriber set confirmation_sent_at = now() - interval '11 minutes' where tenant_id = $1 and email = $2`, [practice.practiceId, pending]);
    receipts.push(await subscribe({ practiceSlug: practice.slug, email: pending, consent: true }));
    await waitForJobs(t.db);
    await mail.waitFor(() => mailsTo(pending).length === 2);

    const subscribed = await buildSubscriber(t, practice, { status: 'SUBSCRIBED', name: 'Kept Name' });
    const bounced = await buildSubscriber(t, practice, { status: 'BOUNCED' });
    const complained = await buildSubscriber(t, practice, { status: 'COMPLAINED' });
    const left = await buildSubscriber(t, practice, { status: 'UNSUBSCRIBED' });
    for (const { email } of [subscribed, bounced, complained, left]) receipts.push(await subscribe({ practiceSlug: practice.slug, email, name: 'Typed Name', consent: true }));
    await waitForJobs(t.db);
    expect(new Set(receipts.map((r) => JSON.stringify(r.data)))).toEqual(new Set([JSON.stringify({ subscribeToNewsletter: { message: SUBSCRIBE_RECEIPT } })]));
    expect(await stored(t, practice.practiceId, subscribed.email)).toMatchObject({ status: 'SUBSCRIBED', name: 'Kept Name' });
    expect((await stored(t, practice.practiceId, bounced.email))?.status).toBe('BOUNCED');
    expect((await stored(t, practice.practiceId, complained.email))?.status).toBe('COMPLAINED');
    expect(await stored(t, practice.practiceId, left.email)).toMatchObject({ status: 'PENDING', unsubscribed_at: null, name: 'Typed Name' });
    await mail.waitFor((m) => m.to.includes(left.email) && m.tag === 'newsletter-confirm');
    expect([subscribed, bounced, complained].flatMap(({ email }) => mail.messages.filter((m) => m.to.includes(email)))).toEqual([]);
  });

  it('keeps one subscriber and sends one mail when the same address signs up several times at once', async () => {
    const practice = await buildPractice(t);
    const email = uniqueEmail('eager').toLowerCase();
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => subscribe({ practiceSlug: practice.slug, email, consent: true })));
    expect(answers.filter((a) => a.errors)).toEqual([]);
    expect(await t.db.query(`select count(*)::int as n from subscriber where tenant_id = $1 and email = $2`, [practice.practiceId, email])).toEqual([{ n: 1 }]);
    await waitForJobs(t.db);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsTo(email)).toHaveLength(1);
  });

  it('writes nothing for a robot that fills the hidden field, and names a bad address, a missing consent or an unknown practice', async () => {
    const practice = await buildPractice(t);
    const robot = uniqueEmail('robot').toLowerCase();
    const trapped = await subscribe({ practiceSlug: practice.slug, email: robot, consent: true, website: 'https://spam.example.com' });
    expect(trapped.data?.subscribeToNewsletter.message).toBe(SUBSCRIBE_RECEIPT);
    expect(await stored(t, practice.practiceId, robot)).toBeUndefined();

    const field = async (input: Record<string, unknown>) => (await subscribe({ practiceSlug: practice.slug, email: uniqueEmail(), consent: true, ...input })).errors?.[0];
    expect(await field({ email: 'not-an-address' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.email', message: 'must be an email address' }] } });
    expect(await field({ consent: false })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.consent' }] } });
    expect(await field({ practiceSlug: 'no-such-practice-anywhere' })).toMatchObject({ extensions: { code: 'NOT_FOUND', fields: [{ field: 'input.practiceSlug' }] } });
    const wording = await t.graphql(`query { newsletterSignupWording(practiceSlug: "no-such-practice-anywhere") }`);
    expect(wording.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'practiceSlug' }] });
  });

  it('answers NOT_FOUND on token to a forged link, a link of the other purpose and a link of another practice', async () => {
    const [a, b] = [await buildPractice(t), await buildPractice(t)];
    const ofA = await buildSubscriber(t, a, { status: 'PENDING' });
    const ofB = await buildSubscriber(t, b, { status: 'PENDING' });
    const valid = tokenFor(t, 'confirm', a.practiceId, ofA.id);
    const bad = [
      `${a.practiceId}.${ofA.id}.${'A'.repeat(43)}`,
      `${valid.slice(0, -1)}${valid.endsWith('A') ? 'B' : 'A'}`,
      tokenFor(t, 'unsubscribe', a.practiceId, ofA.id),
      `${b.practiceId}.${ofA.id}.${valid.split('.')[2]}`,
      `${a.practiceId}.${ofB.id}.${tokenFor(t, 'confirm', b.practiceId, ofB.id).split('.')[2]}`,
      'not a token',
    ];
    for (const token of bad) {
      for (const operation of [CONFIRMATION, CONFIRM]) {
        const { errors } = await t.graphql(operation, { token });
        expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'token', message: 'is not a valid newsletter link' }] });
      }
    }
    for (const operation of [UNSUBSCRIBE, RESUBSCRIBE]) expect((await t.graphql(operation, { token: valid })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect([(await stored(t, a.practiceId, ofA.email))?.status, (await stored(t, b.practiceId, ofB.email))?.status]).toEqual(['PENDING', 'PENDING']);
    // An erased subscriber's link finds nothing either.
    await t.db.query('delete from subscriber where id = $1', [ofA.id]);
    expect((await t.graphql(CONFIRMATION, { token: valid })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('sends no confirmation to an address that bounced before its mail went out', async () => {
    const practice = await buildPractice(t);
    const bounced = await buildSubscriber(t, practice, { status: 'PENDING' });
    await t.db.query(`select app_mark_undeliverable($1, 'BOUNCE', $2, now())`, [bounced.email, practice.practiceId]);
    await t.db.query(`select graphile_worker.add_job('newsletter.confirmation-mail', json_build_object('practiceId', $1::text, 'subscriberId', $2::text))`, [practice.practiceId, bounced.id]);
    await waitForJobs(t.db);
    // The job ran (and finished: graphile-worker deletes a job once done), and mailed nobody.
    expect(await t.db.query(`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'newsletter.confirmation-mail'`)).toEqual([{ n: 0 }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mail.messages.filter((m) => m.to.includes(bounced.email))).toEqual([]);
  });
});

describe('signup rate limits', () => {
  let t: TestApp;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ t, stop } = await startNewsletterApp({ AUTH_RATE_LIMIT: '3' }));
  });
  afterAll(() => stop());

  it('limits signups per client address and per email address', async () => {
    const practice = await buildPractice(t);
    const send = (email: string, ip: string) => t.graphql(SUBSCRIBE, { input: { practiceSlug: practice.slug, email, consent: true } }, { 'x-forwarded-for': ip });
    const fromOneAddress = [];
    for (let i = 0; i < 4; i++) fromOneAddress.push(await send(uniqueEmail('many'), '198.51.100.1'));
    expect(fromOneAddress.slice(0, 3).map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    expect(fromOneAddress[3].errors?.[0]).toMatchObject({ message: expect.stringContaining('Too many attempts from this address'), extensions: { code: 'TOO_MANY_REQUESTS' } });

    const target = uniqueEmail('target');
    const forOneEmail = [];
    for (let i = 0; i < 4; i++) forOneEmail.push(await send(target, `198.51.100.${10 + i}`));
    expect(forOneEmail.slice(0, 3).map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    expect(forOneEmail[3].errors?.[0]).toMatchObject({ message: expect.stringContaining('for this account'), extensions: { code: 'TOO_MANY_REQUESTS' } });
  });

  it('answers 404 to bounce reports while no bounce secret is configured', async () => {
    const t2 = await startNewsletterApp({ NEWSLETTER_BOUNCE_SECRET: '' });
    try {
      const response = await fetch(`${t2.t.url}/newsletter/bounces`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' }, body: '{"events":[]}' });
      expect(response.status).toBe(404);
    } finally {
      await t2.stop();
    }
  });
});
