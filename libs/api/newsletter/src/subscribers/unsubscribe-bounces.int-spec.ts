import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPractice, PracticeScenario, TestApp } from '@ascend/platform/testing';
import { buildSubscriber } from '../shared/subscriber-scenario';
import { SubscriberLinks } from '../shared/subscriber-links';
import { BounceListError, markBounceFile } from './bounce-command';
import { BOUNCE_SECRET, RESUBSCRIBE, startNewsletterApp, stored, tokenFor, UNSUBSCRIBE } from './jest/newsletter-app';
import { SIGNUP_CONSENT_TEXT } from './subscriber-rules';

/** Two issues sent to the subscriber (the later one last) and a third whose delivery is still pending. */
async function deliveries(t: TestApp, practice: PracticeScenario, subscriberId: string): Promise<{ older: string; latest: string; pending: string }> {
  const issue = async (subject: string) =>
    (await t.db.query<{ id: string }>(`insert into newsletter_issue (tenant_id, subject, status) values ($1, $2, 'SENT') returning id`, [practice.practiceId, subject]))[0].id;
  const [older, latest, pending] = [await issue('Older'), await issue('Latest'), await issue('Sending')];
  await t.db.query(
    `insert into delivery (tenant_id, issue_id, subscriber_id, status, sent_at)
     values ($1, $2, $5, 'SENT', now() - interval '2 days'), ($1, $3, $5, 'SENT', now() - interval '1 day'), ($1, $4, $5, 'PENDING', null)`,
    [practice.practiceId, older, latest, pending, subscriberId],
  );
  return { older, latest, pending };
}

const credited = (t: TestApp, subscriberId: string) =>
  t.db.query<{ issue_id: string; unsubscribed_at: Date | null; bounced_at: Date | null; complained_at: Date | null }>(
    `select issue_id, unsubscribed_at, bounced_at, complained_at from delivery where subscriber_id = $1 and (unsubscribed_at is not null or bounced_at is not null or complained_at is not null)`,
    [subscriberId],
  );

describe('leaving the newsletter, bounces and complaints', () => {
  let t: TestApp;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ t, stop } = await startNewsletterApp());
  });
  afterAll(() => stop());

  it('unsubscribes at once and idempotently, credits the issue last sent, and resubscribes with a fresh consent', async () => {
    const practice = await buildPractice(t, { name: 'Harbour Coaching' });
    const reader = await buildSubscriber(t, practice);
    const issues = await deliveries(t, practice, reader.id);
    const token = tokenFor(t, 'unsubscribe', practice.practiceId, reader.id);

    const left = await t.graphql<{ unsubscribeFromNewsletter: { status: string } }>(UNSUBSCRIBE, { token });
    expect(left.data?.unsubscribeFromNewsletter).toEqual({ email: reader.email, status: 'UNSUBSCRIBED' });
    const [first] = await credited(t, reader.id);
    expect(first.issue_id).toBe(issues.latest);
    expect(await t.graphql(UNSUBSCRIBE, { token })).toMatchObject({ data: { unsubscribeFromNewsletter: { status: 'UNSUBSCRIBED' } } });
    expect(await credited(t, reader.id)).toEqual([first]);

    const back = await t.graphql<{ resubscribeToNewsletter: { status: string } }>(RESUBSCRIBE, { token }, { 'x-forwarded-for': '192.0.2.44' });
    expect(back.data?.resubscribeToNewsletter.status).toBe('SUBSCRIBED');
    expect(await stored(t, practice.practiceId, reader.email)).toMatchObject({
      status: 'SUBSCRIBED',
      consent_ip: '192.0.2.44',
      consent_source: 'resubscribe link',
      consent_text: SIGNUP_CONSENT_TEXT('Harbour Coaching'),
      unsubscribed_at: null,
    });
    // Resubscribing works only for someone who left: a bounced address stays bounced.
    const bounced = await buildSubscriber(t, practice, { status: 'BOUNCED' });
    const stays = await t.graphql<{ resubscribeToNewsletter: { status: string } }>(RESUBSCRIBE, { token: tokenFor(t, 'unsubscribe', practice.practiceId, bounced.id) });
    expect(stays.data?.resubscribeToNewsletter.status).toBe('BOUNCED');
  });

  it('unsubscribes by RFC 8058 one-click POST, ignores the unsigned ?issue=, and answers 404 text to a bad link', async () => {
    const practice = await buildPractice(t, { name: 'Summit Coaching' });
    const reader = await buildSubscriber(t, practice);
    const issues = await deliveries(t, practice, reader.id);
    const url = `${t.app.get(SubscriberLinks).oneClickUrl({ practiceId: practice.practiceId, subscriberId: reader.id }).replace(t.config.publicUrl, t.url)}?issue=${issues.older}`;

    // A GET (a link scanner) is not an unsubscribe.
    await fetch(url, { headers: { accept: 'text/html' } });
    expect((await stored(t, practice.practiceId, reader.email))?.status).toBe('SUBSCRIBED');

    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain("unsubscribed from Summit Coaching's newsletter");
    expect((await stored(t, practice.practiceId, reader.email))?.status).toBe('UNSUBSCRIBED');
    expect((await credited(t, reader.id)).map((d) => d.issue_id)).toEqual([issues.latest]);
    expect((await fetch(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status).toBe(200);

    const forged = `${t.url}/newsletter/unsubscribe/${practice.practiceId}.${reader.id}.${'A'.repeat(43)}`;
    const refused = await fetch(forged, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect([refused.status, refused.headers.get('content-type')]).toEqual([404, 'text/plain; charset=utf-8']);
    const confirmLink = tokenFor(t, 'confirm', practice.practiceId, reader.id);
    expect((await fetch(`${t.url}/newsletter/unsubscribe/${confirmLink}`, { method: 'POST' })).status).toBe(404);
  });

  const report = (body: unknown, authorization = `Bearer ${BOUNCE_SECRET}`) =>
    fetch(`${t.url}/newsletter/bounces`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('takes bounce reports only with the secret, checks every event before marking any, and marks a bounce in every practice', async () => {
    const [a, b] = [await buildPractice(t), await buildPractice(t)];
    const email = `shared-${Date.now()}@example.com`;
    const inA = await buildSubscriber(t, a, { email });
    const inB = await buildSubscriber(t, b, { email, status: 'PENDING' });
    const issues = await deliveries(t, a, inA.id);
    const complainer = await buildSubscriber(t, a);
    const alsoInB = await buildSubscriber(t, b, { email: complainer.email });

    expect((await report({ events: [{ email, type: 'bounce' }] }, '')).status).toBe(401);
    expect((await report({ events: [{ email, type: 'bounce' }] }, 'Bearer wrong-secret-of-the-right-size')).status).toBe(401);
    const bad = await report({ events: [{ email, type: 'bounce' }, { email: complainer.email, type: 'soft-bounce' }] });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ problems: [{ field: 'events.1.type', message: 'must be "bounce" or "complaint"' }] });
    expect((await report('{"events": [')).status).toBe(400);
    expect((await stored(t, a.practiceId, email))?.status).toBe('SUBSCRIBED');

    const ok = await report({ events: [{ email: email.toUpperCase(), type: 'bounce' }, { email: complainer.email, type: 'complaint', practiceId: a.practiceId }] });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ received: 2, marked: 3 });
    expect([(await stored(t, a.practiceId, email))?.status, (await stored(t, b.practiceId, email))?.status]).toEqual(['BOUNCED', 'BOUNCED']);
    expect((await stored(t, a.practiceId, complainer.email))?.status).toBe('COMPLAINED');
    expect((await stored(t, b.practiceId, alsoInB.email))?.status).toBe('SUBSCRIBED');
    expect((await credited(t, inA.id)).map((d) => [d.issue_id, d.bounced_at !== null])).toEqual([[issues.latest, true]]);
    expect(inB.status).toBe('PENDING');
  });

  it("marks a provider's list from a file with the command's function, and marks none when a line is wrong", async () => {
    const practice = await buildPractice(t);
    const [one, two] = [await buildSubscriber(t, practice), await buildSubscriber(t, practice)];
    const dir = await mkdtemp(join(tmpdir(), 'bounces-'));
    try {
      const wrong = join(dir, 'wrong.csv');
      await writeFile(wrong, `email,type\n${one.email},bounce\nnot-an-address,bounce\n`);
      await expect(markBounceFile(t.app, wrong)).rejects.toThrow(BounceListError);
      expect((await stored(t, practice.practiceId, one.email))?.status).toBe('SUBSCRIBED');

      const list = join(dir, 'provider-bounces.csv');
      await writeFile(list, `Email,Type\n${one.email},bounce\n${two.email},complaint\n`);
      expect(await markBounceFile(t.app, list)).toEqual({ received: 2, marked: 2 });
      expect([(await stored(t, practice.practiceId, one.email))?.status, (await stored(t, practice.practiceId, two.email))?.status]).toEqual(['BOUNCED', 'COMPLAINED']);
      await expect(markBounceFile(t.app, join(dir, 'missing.json'))).rejects.toThrow('no such file');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
