import type { Page } from 'playwright-core';
import { describeInBrowser, JourneyBrowser, launchBrowser, screenshotPath } from './support/browser';
import { linkFromMail } from './support/mail';
import { RunningApi, startBuiltApi } from './support/server';

describeInBrowser('an owner builds a team', () => {
  let api: RunningApi;
  let browser: JourneyBrowser;
  let page: Page;
  // Addresses unique to this run, so a second run against a kept database cannot collide.
  const run = Date.now().toString(36);
  const owner = { name: 'Ada Brightwater', email: `ada-${run}@journey.example`, password: 'tidal pools at dawn' };
  const coach = { name: 'Jonas Reed', email: `jonas-${run}@journey.example`, password: 'steady rivers run deep' };
  const practiceName = `Brightwater Coaching ${run}`;

  beforeAll(async () => {
    api = await startBuiltApi();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('signs up, opens the practice from the mail, invites a coach who joins, and both are on the team', async () => {
    await page.goto(`${api.url}/sign-up`);
    await page.getByLabel('Your name').fill(owner.name);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
    await page.getByLabel('Practice name').fill(practiceName);
    await page.getByText(`/p/brightwater-coaching-${run}`).waitFor();
    await page.screenshot({ path: screenshotPath('auth-sign-up'), fullPage: true });
    await page.getByRole('button', { name: 'Create my practice' }).click();

    await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    await page.getByText(`We sent a link to ${owner.email}.`).waitFor();
    // Nothing is created yet, so nobody is signed in.
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await page.screenshot({ path: screenshotPath('auth-sign-up-inbox'), fullPage: true });

    // A full page load, as from the mail: opening the link alone creates nothing, the button does.
    await page.goto(`${api.url}${await linkFromMail(api, owner.email, 'confirm-sign-up', '/sign-up/confirm')}`);
    await page.getByRole('heading', { level: 1, name: 'Open your practice' }).waitFor();
    await page.screenshot({ path: screenshotPath('auth-confirm-sign-up'), fullPage: true });
    await page.getByRole('button', { name: 'Open my practice' }).click();

    await page.getByRole('heading', { level: 1, name: 'Hello, Ada' }).waitFor();
    expect(page.url()).toBe(`${api.url}/app`);
    await page.getByRole('button', { name: `Account menu of ${owner.name}` }).waitFor();
    await page.screenshot({ path: screenshotPath('auth-owner-home'), fullPage: true });

    await page.getByRole('navigation', { name: `${practiceName} menu` }).getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    // The link confirmed the address: the reminder to confirm it, which would have loaded by now, never shows.
    expect(await page.getByText('Please confirm your email address').count()).toBe(0);
    await page.getByLabel('Email').fill(coach.email);
    await page.getByLabel('Role', { exact: true }).selectOption('COACH');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`We mailed ${coach.email} a link`).waitFor();
    await page.getByRole('region', { name: 'Invitations' }).getByText(coach.email).waitFor();
    await page.screenshot({ path: screenshotPath('auth-team-invited'), fullPage: true });

    await page.getByRole('button', { name: `Account menu of ${owner.name}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();

    await page.goto(`${api.url}${await linkFromMail(api, coach.email, 'invitation', '/invitations/accept')}`);
    await page.getByRole('heading', { level: 1, name: `Join ${practiceName}` }).waitFor();
    await page.getByLabel('Your name').fill(coach.name);
    await page.getByRole('textbox', { name: 'Choose a password', exact: true }).fill(coach.password);
    await page.screenshot({ path: screenshotPath('auth-accept-invitation'), fullPage: true });
    await page.getByRole('button', { name: 'Accept and join' }).click();

    await page.getByRole('heading', { level: 1, name: 'Hello, Jonas' }).waitFor();
    expect(page.url()).toBe(`${api.url}/app`);
    await page.getByRole('navigation', { name: `${practiceName} menu` }).getByRole('link', { name: 'Team' }).click();
    const members = page.getByRole('region', { name: 'Members' });
    await members.getByText(owner.name).waitFor();
    await members.getByText(coach.name).waitFor();
    expect(await members.getByRole('row').count()).toBe(3);
    await page.screenshot({ path: screenshotPath('auth-team-as-coach'), fullPage: true });
  });

  it('shows the mail it kept on the dev mail pages, inline styles and all', async () => {
    await page.goto(`${api.url}/dev/mail`);
    await page.getByRole('heading', { level: 1, name: 'Dev mail' }).waitFor();
    await page.getByRole('row').filter({ hasText: coach.email }).getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'HTML part' }).waitFor();
    await page.frameLocator('iframe[title="HTML part of the mail"]').getByRole('link', { name: 'Accept the invitation' }).waitFor();
  });
});
