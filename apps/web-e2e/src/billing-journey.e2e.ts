// The journey runs the project's Stripe stand-in in its own process, as the API's tests do. Its folder alone: the
// testing library's index brings the API's test harness (NestJS, ES modules this project's Jest does not load).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startStripeTestServer, type StripeTestServer } from '../../../libs/api/platform/testing/src/stripe';
import type { Page } from 'playwright-core';
import { describeInBrowser, JourneyBrowser, launchBrowser, screenshotPath } from './support/browser';
import { type NewOwner, ownerHeaders, practiceMenu, signUpPractice } from './support/new-practice';
import { graphql } from './support/practice-owner';
import { RunningApi, startBuiltApi } from './support/server';

const run = Date.now().toString(36);
const owner: NewOwner = {
  name: 'Ines Calloway',
  email: `ines-${run}@journey.example`,
  password: 'harbour lights at dusk',
  practiceName: `Calloway Coaching ${run}`,
};

/** Whether the practice's plan lets it sell paid masterclasses and packages: Starter does not, Solo does. */
async function paidOfferingsAllowed(api: RunningApi, headers: Record<string, string>): Promise<boolean> {
  const { salesAccount } = await graphql<{ salesAccount: { paidOfferingsAllowed: boolean } }>(api, `{ salesAccount { paidOfferingsAllowed } }`, {}, headers);
  return salesAccount.paidOfferingsAllowed;
}

/** A usage figure's words beside its bar, e.g. "0 of 5 active clients" (an empty bar is not visible to wait for). */
function usageFigure(page: Page, allowance: string) {
  return page.getByRole('region', { name: 'Usage' }).getByText(new RegExp(`^\\d+ of ${allowance}$`));
}

describeInBrowser('an owner upgrades the practice through Stripe Checkout', () => {
  let stripe: StripeTestServer;
  let api: RunningApi;
  let browser: JourneyBrowser;
  let page: Page;

  beforeAll(async () => {
    // Stripe's stand-in runs in this process; the API reaches it through STRIPE_API_URL and it signs webhooks back.
    stripe = await startStripeTestServer();
    api = await startBuiltApi(stripe.env());
    stripe.webhookUrl = `${api.url}/webhooks/stripe`;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await stripe?.close();
  });

  it('starts on Starter, pays for Solo on the checkout page, and comes back to Solo and its limits once Stripe says so', async () => {
    await signUpPractice(page, api, owner);
    const headers = await ownerHeaders(api, owner);
    expect(await paidOfferingsAllowed(api, headers)).toBe(false);

    await practiceMenu(page, owner).getByRole('link', { name: 'Billing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    const current = page.getByRole('region', { name: 'Current plan' });
    await current.getByRole('heading', { name: 'Starter' }).waitFor();
    await current.getByText('No subscription').waitFor();
    await usageFigure(page, '5 active clients').waitFor();
    await usageFigure(page, '250 newsletter subscribers').waitFor();
    await page.getByRole('article', { name: 'Starter' }).getByText('Current plan').waitFor();
    await page.screenshot({ path: screenshotPath('billing-starter'), fullPage: true });

    await page.getByRole('article', { name: 'Solo' }).getByRole('button', { name: 'Start Solo' }).click();
    await page.waitForURL(`${stripe.url}/pay/**`);
    // Stripe's page sells the price configured for Solo.
    await page.getByText('Ascend Solo', { exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('billing-checkout'), fullPage: true });
    await page.locator('#pay').click();

    await page.waitForURL(`${api.url}/app/billing?checkout=success`);
    // The plan follows once the webhook has been processed; the page asks again until then.
    await page.getByRole('alert', { name: 'Payment received: you are on the Solo plan' }).waitFor({ timeout: 30_000 });
    await current.getByRole('heading', { name: 'Solo' }).waitFor();
    await current.getByText(/^Trial until /).waitFor();
    await usageFigure(page, '30 active clients').waitFor();
    await usageFigure(page, '2,500 newsletter subscribers').waitFor();
    await page.getByRole('article', { name: 'Solo' }).getByText('Current plan').waitFor();
    await page.getByRole('article', { name: 'Practice' }).getByRole('button', { name: 'Switch to Practice' }).waitFor();
    expect(await page.getByRole('button', { name: /^Start / }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('billing-solo'), fullPage: true });

    // What only a paid plan allows now works for the practice.
    expect(await paidOfferingsAllowed(api, headers)).toBe(true);
  });
});
