import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations } from './support/axe';
import { describeInBrowser, JourneyBrowser, launchBrowser, screenshotPath } from './support/browser';
import { RunningApi, startBuiltApi } from './support/server';

describeInBrowser('a visitor finds the demo practice', () => {
  let api: RunningApi;
  let browser: JourneyBrowser;
  let page: Page;

  beforeAll(async () => {
    api = await startBuiltApi();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterEach(() => page.close());

  it('goes from Ascend home to the practice landing page read from the API', async () => {
    await page.goto(api.url);
    await page.getByRole('heading', { name: 'Ridgeline Leadership Coaching' }).waitFor();
    await page.screenshot({ path: screenshotPath('home'), fullPage: true });
    await page.getByRole('link', { name: 'Visit the practice page' }).click();
    await page.waitForURL(/\/p\/ridgeline$/);
    await page.getByRole('heading', { level: 1, name: 'Ridgeline Leadership Coaching' }).waitFor();
    await page.getByText('Maren Okafor').first().waitFor();
    expect(await page.title()).toMatch(/Ridgeline/);
    await page.screenshot({ path: screenshotPath('practice-landing'), fullPage: true });
  });

  it.each([
    ['wide', 1280],
    ['on a phone', 390],
  ])('has no serious accessibility violation on the practice page, %s', async (_name, width) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${api.url}/p/ridgeline`);
    await page.getByRole('heading', { level: 1, name: 'Ridgeline Leadership Coaching' }).waitFor();
    // Every section in: its articles (inline category links) and masterclasses (seat badges) are what is checked.
    await page.getByRole('button', { name: /subscribe/i }).first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('opens a client-side route directly, as after a reload', async () => {
    const response = await page.goto(`${api.url}/p/ridgeline`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Ridgeline Leadership Coaching' }).waitFor();
  });

  it('tells the visitor when no practice has the address', async () => {
    await page.goto(`${api.url}/p/no-such-practice`);
    await page.getByText(/No practice at this address/i).waitFor();
    await page.screenshot({ path: screenshotPath('practice-not-found') });
  });
});
