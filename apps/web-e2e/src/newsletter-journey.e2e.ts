import type { Page } from 'playwright-core';
import { describeInBrowser, JourneyBrowser, launchBrowser, screenshotPath } from './support/browser';
import { linkFromMail } from './support/mail';
import { DEMO_PRACTICE, demoOwner, demoOwnerHeaders, graphql, listSubscribers, signInAsDemoOwner, workspaceMenu } from './support/practice-owner';
import { RunningApi, startBuiltApi } from './support/server';
import { headerOf, SmtpSink, startSmtpSink, SunkMessage } from './support/smtp-sink';

const run = Date.now().toString(36);

async function signupWording(api: RunningApi): Promise<string> {
  const { newsletterSignupWording } = await graphql<{ newsletterSignupWording: string }>(
    api,
    `query ($practiceSlug: String!) { newsletterSignupWording(practiceSlug: $practiceSlug) }`,
    { practiceSlug: DEMO_PRACTICE.slug },
  );
  return newsletterSignupWording;
}

async function statusOf(api: RunningApi, headers: Record<string, string>, email: string): Promise<string | undefined> {
  return (await listSubscribers(api, headers, { search: email })).find((subscriber) => subscriber.email === email)?.status;
}

describeInBrowser('a visitor subscribes to the newsletter and confirms it', () => {
  let api: RunningApi;
  let browser: JourneyBrowser;
  let page: Page;
  let ownerHeaders: Record<string, string>;

  beforeAll(async () => {
    api = await startBuiltApi();
    browser = await launchBrowser();
    ownerHeaders = await demoOwnerHeaders(api);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  });
  afterEach(() => page.close());

  it('signs up on the practice page, is pending until the confirm button is pressed, then shows as subscribed with the wording agreed to', async () => {
    const email = `lena-${run}@journey.example`;
    const wording = await signupWording(api);

    await page.goto(`${api.url}/p/${DEMO_PRACTICE.slug}`);
    const signup = page.getByRole('region', { name: 'Get the weekly insights' });
    await signup.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await signup.getByRole('textbox', { name: 'First name' }).fill('Lena');
    // The consent's words are the server's: the box is found by exactly those words.
    await signup.getByRole('checkbox', { name: wording, exact: true }).check();
    await page.screenshot({ path: screenshotPath('newsletter-signup'), fullPage: true });
    await signup.getByRole('button', { name: 'Subscribe' }).click();
    const receipt = page.getByRole('status').filter({ hasText: 'Nothing is sent until you click the link in that email.' });
    await receipt.waitFor();
    expect(await receipt.getByRole('heading').textContent()).toMatch(/check your inbox/i);

    const confirmLink = await linkFromMail(api, email, 'newsletter-confirm', '/newsletter/confirm');
    await page.goto(`${api.url}${confirmLink}`);
    await page.getByRole('heading', { level: 1, name: 'Confirm your subscription' }).waitFor();
    await page.getByText(`Confirm that ${email} should receive the newsletter of ${DEMO_PRACTICE.name}.`).waitFor();
    // Opening the link is what mail scanners do: it must not have confirmed anything.
    expect(await statusOf(api, ownerHeaders, email)).toBe('PENDING');
    await page.screenshot({ path: screenshotPath('newsletter-confirm'), fullPage: true });

    await page.getByRole('button', { name: 'Confirm my subscription' }).click();
    await page.getByRole('heading', { level: 1, name: 'You’re subscribed' }).waitFor();
    expect(await statusOf(api, ownerHeaders, email)).toBe('SUBSCRIBED');

    await signInAsDemoOwner(page, api);
    await workspaceMenu(page).getByRole('link', { name: 'Newsletter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Newsletter' }).waitFor();
    await page.getByRole('link', { name: 'Subscribers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Subscribers' }).waitFor();
    await page.getByRole('textbox', { name: 'Search' }).fill(email);
    const row = page.getByRole('table', { name: 'Subscribers' }).getByRole('row').filter({ hasText: email });
    await row.getByText('Subscribed', { exact: true }).waitFor();
    await expectOnlyRow(page, email);
    await row.getByRole('button', { name: `Actions for ${email}` }).click();
    await page.getByRole('menuitem', { name: 'Consent details' }).click();
    const drawer = page.getByRole('dialog', { name: email });
    await drawer.getByText(wording, { exact: true }).waitFor();
    await drawer.getByText(`signup form on /p/${DEMO_PRACTICE.slug}`, { exact: true }).waitFor();
    // The drawer slides in: the picture waits until it is still.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    await page.screenshot({ path: screenshotPath('newsletter-subscriber-consent'), fullPage: true });
  });

  it('the footer link of an issue unsubscribes as it opens and offers to resubscribe', async () => {
    // Arranged through the API: a confirmed subscriber and an issue sent to the list, which brings them the footer link.
    const email = `tariq-${run}@journey.example`;
    await graphql(api, `mutation ($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { message } }`, {
      input: { practiceSlug: DEMO_PRACTICE.slug, email, name: 'Tariq', consent: true, source: '/p/ridgeline' },
    });
    const confirmToken = new URLSearchParams((await linkFromMail(api, email, 'newsletter-confirm', '/newsletter/confirm')).split('?')[1]).get('token');
    await graphql(api, `mutation ($token: String!) { confirmNewsletterSubscription(token: $token) { status } }`, { token: confirmToken });
    const { createNewsletterIssue } = await graphql<{ createNewsletterIssue: { id: string } }>(
      api,
      `mutation ($input: NewsletterIssueInput!) { createNewsletterIssue(input: $input) { id } }`,
      { input: { subject: `Three questions before your next one-to-one ${run}`, body: 'Ask what they would do if you were away for a week.' } },
      ownerHeaders,
    );
    await graphql(api, `mutation ($id: ID!) { sendNewsletterIssueNow(id: $id) { id } }`, { id: createNewsletterIssue.id }, ownerHeaders);
    const unsubscribeLink = await linkFromMail(api, email, 'newsletter-issue', '/newsletter/unsubscribe');

    await page.goto(`${api.url}${unsubscribeLink}`);
    await page.getByRole('heading', { level: 1, name: `You’re unsubscribed from ${DEMO_PRACTICE.name}` }).waitFor();
    expect(await statusOf(api, ownerHeaders, email)).toBe('UNSUBSCRIBED');
    await page.screenshot({ path: screenshotPath('newsletter-unsubscribed'), fullPage: true });

    await page.getByRole('button', { name: 'Resubscribe' }).click();
    await page.getByRole('heading', { level: 1, name: 'You’re subscribed again' }).waitFor();
    expect(await statusOf(api, ownerHeaders, email)).toBe('SUBSCRIBED');
  });
});

async function expectOnlyRow(page: Page, email: string) {
  // The search has settled when the only row left is the one searched for.
  await page.getByText('1 subscriber', { exact: true }).waitFor();
  expect(await page.getByRole('table', { name: 'Subscribers' }).getByRole('row').filter({ hasText: email }).count()).toBe(1);
}

/** A CSV export as a Mailchimp list would give it: subscribed rows with their consent time, and a few who left or bounced. */
function exportOf(subscribed: string[], unsubscribed: string[], cleaned: string[]): string {
  const rows = [
    ...subscribed.map((email, i) => `${email},Reader ${i + 1},subscribed,2025-03-${String((i % 28) + 1).padStart(2, '0')} 09:15:00`),
    ...unsubscribed.map((email) => `${email},Former reader,unsubscribed,2024-11-02 10:00:00`),
    ...cleaned.map((email) => `${email},Old address,cleaned,2024-06-12 08:30:00`),
  ];
  return ['Email Address,Name,Status,Confirm Time', ...rows].join('\n');
}

describeInBrowser('a coach sends an issue and every subscriber receives it exactly once', () => {
  let api: RunningApi;
  let sink: SmtpSink;
  let browser: JourneyBrowser;
  let page: Page;
  let ownerHeaders: Record<string, string>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    // A slow enough rate that the page shows the sending as it goes.
    api = await startBuiltApi({ SMTP_URL: sink.url, NEWSLETTER_SEND_RATE: '10' });
    browser = await launchBrowser();
    ownerHeaders = await demoOwnerHeaders(api);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await sink?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  });
  afterEach(() => page.close());

  it('composes with a live preview, sends a test, sends to the list and the sink gets one message per subscriber with one-click unsubscribe', async () => {
    const address = (kind: string, i: number) => `${kind}-${i}-${run}@list.example`;
    const csv = exportOf(
      Array.from({ length: 30 }, (_, i) => address('reader', i)),
      Array.from({ length: 3 }, (_, i) => address('left', i)),
      Array.from({ length: 2 }, (_, i) => address('bounced', i)),
    );
    const { importSubscribers } = await graphql<{ importSubscribers: { id: string } }>(
      api,
      `mutation ($csv: String!, $fileName: String!) { importSubscribers(csv: $csv, fileName: $fileName) { id } }`,
      { csv, fileName: 'mailchimp-export.csv' },
      ownerHeaders,
    );
    await untilImported(api, ownerHeaders, importSubscribers.id);
    const subscribed = (await listSubscribers(api, ownerHeaders, { status: 'SUBSCRIBED' })).map((s) => s.email);
    const notMailed = (await listSubscribers(api, ownerHeaders)).filter((s) => s.status !== 'SUBSCRIBED').map((s) => s.email);
    expect(subscribed).toHaveLength(30 + 16);
    expect(notMailed).toEqual(expect.arrayContaining([address('left', 0), address('bounced', 1)]));
    // The demo's own pending, unsubscribed, bounced and complained readers are among them.
    expect(notMailed.filter((email) => email.endsWith('@readers.example'))).toHaveLength(9);

    const subject = `Delegation is a skill, not a mood ${run}`;
    await signInAsDemoOwner(page, api);
    await workspaceMenu(page).getByRole('link', { name: 'Newsletter' }).click();
    await page.getByRole('link', { name: 'New issue' }).click();
    await page.getByRole('heading', { level: 1, name: 'New issue' }).waitFor();
    await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
    await page.getByRole('textbox', { name: 'Preheader' }).fill('One habit to try before Friday');
    await page.getByRole('textbox', { name: 'Body' }).fill('## Hand over one decision\n\nPick a decision you made **three times** this month and give it away, with the reasons.');
    const preview = page.frameLocator('iframe[title="Email preview"]');
    await preview.getByRole('heading', { name: 'Hand over one decision' }).waitFor();
    await preview.getByText('three times', { exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('newsletter-compose'), fullPage: true });
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
    await page.getByText('Draft', { exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Send test to me' }).click();
    await page.getByText(`Test sent to ${demoOwner.email}`).waitFor();
    const isIssue = (message: SunkMessage) => headerOf(message, 'X-Ascend-Tag') === 'newsletter-issue';
    const [test] = await sink.waitFor(1, (message) => headerOf(message, 'X-Ascend-Tag') === 'newsletter-test');
    expect(test.to).toEqual([demoOwner.email]);
    expect(headerOf(test, 'Subject')).toBe(`[Test] ${subject}`);

    await page.getByRole('button', { name: 'Send now' }).click();
    const confirm = page.getByRole('dialog', { name: `Send “${subject}” now?` });
    await confirm.getByText(`It goes to ${subscribed.length} subscribers now, each exactly once.`, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: `Send to ${subscribed.length} subscribers` }).click();
    // Live progress while it goes, then the sent issue's figures: everyone sent, nothing failed.
    await page.getByRole('region', { name: 'Sending' }).getByText(new RegExp(`^\\d+ / ${subscribed.length} sent`)).waitFor();
    await page.screenshot({ path: screenshotPath('newsletter-sending'), fullPage: true });
    await page.getByText(`of ${subscribed.length} recipients`, { exact: true }).waitFor({ timeout: 60_000 });
    const figures = page.getByRole('region', { name: /^Sent / });
    await figures.getByText(String(subscribed.length), { exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('newsletter-sent'), fullPage: true });

    const issueMessages = await sink.waitFor(subscribed.length, isIssue);
    // A moment for any duplicate to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const perRecipient = new Map<string, number>();
    for (const message of sink.messages.filter(isIssue)) for (const to of message.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect([...perRecipient.keys()].sort()).toEqual([...subscribed].sort());
    expect([...perRecipient.values()].every((count) => count === 1)).toBe(true);
    expect(notMailed.filter((email) => perRecipient.has(email))).toEqual([]);

    const oneClickUrls = issueMessages.map((message) => {
      expect(headerOf(message, 'Subject')).toBe(subject);
      expect(headerOf(message, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      const targets = [...(headerOf(message, 'List-Unsubscribe') ?? '').matchAll(/<([^>]+)>/g)].map((match) => match[1]);
      // The web half is on the practice's public address (https in production, the test's own address here).
      const web = targets.find((target) => target.startsWith(`${api.url}/newsletter/unsubscribe/`));
      expect(web).toBeDefined();
      expect(targets.some((target) => target.startsWith('mailto:'))).toBe(true);
      return { to: message.to[0], url: web! };
    });

    const leaving = oneClickUrls.find(({ to }) => to === address('reader', 7))!;
    const response = await fetch(leaving.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(response.status).toBe(200);
    expect(await statusOf(api, ownerHeaders, leaving.to)).toBe('UNSUBSCRIBED');
    expect(await statusOf(api, ownerHeaders, address('reader', 8))).toBe('SUBSCRIBED');
  });
});

async function untilImported(api: RunningApi, headers: Record<string, string>, id: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const { subscriberImport } = await graphql<{ subscriberImport: { status: string; created: number; errors: string[] } }>(
      api,
      `query ($id: ID!) { subscriberImport(id: $id) { status created errors } }`,
      { id },
      headers,
    );
    if (subscriberImport.status === 'DONE') return expect(subscriberImport).toEqual({ status: 'DONE', created: 35, errors: [] });
    if (subscriberImport.status === 'FAILED') throw new Error(`The subscriber import failed: ${subscriberImport.errors.join('; ')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The subscriber import did not finish within 30 s');
}
