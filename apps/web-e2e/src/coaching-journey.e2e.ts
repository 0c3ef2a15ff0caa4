import type { Page } from 'playwright-core';
import { describeInBrowser, JourneyBrowser, launchBrowser, screenshotPath } from './support/browser';
import { linkFromMail } from './support/mail';
import { RunningApi, startBuiltApi } from './support/server';

const owner = { name: 'Maren Okafor', email: 'maren@ridgeline.example', password: 'Ridgeline-Owner-Demo' };

async function signIn(page: Page, api: RunningApi, person: { email: string; password: string }) {
  await page.goto(`${api.url}/sign-in`);
  await page.getByLabel('Email').fill(person.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function signOut(page: Page, name: string) {
  await page.getByRole('button', { name: `Account menu of ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
}

function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describeInBrowser('a client works the five steps and checks in; the coach answers', () => {
  let api: RunningApi;
  let browser: JourneyBrowser;
  let page: Page;
  const run = Date.now().toString(36);
  const client = { name: 'Nadia Brennan', email: `nadia-${run}@journey.example`, password: 'lanterns over the harbour' };
  const lead = { name: 'Ingrid Solberg', email: `ingrid-${run}@journey.example` };
  const reply = 'A real week of leading. Keep Thursday mornings for the roadmap.';

  beforeAll(async () => {
    // The demo practice (Ridgeline) is there on first start: its owner coaches the new client.
    api = await startBuiltApi();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  it('a visitor applies from the public page and becomes a lead on the roster', async () => {
    await page.goto(`${api.url}/p/ridgeline`);
    await page.getByRole('link', { name: 'Work with me' }).click();
    await page.getByRole('heading', { level: 1, name: 'Work with Maren Okafor' }).waitFor();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(lead.name);
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(lead.email);
    await page.getByLabel('Your role').fill('Head of Finance Operations');
    await page.getByLabel('What do you want to change?').fill('Every close runs through me; I want my team to run it while I plan next year.');
    await page.getByLabel(/I agree that Ridgeline Leadership Coaching may contact me/).check();
    await page.screenshot({ path: screenshotPath('coaching-apply'), fullPage: true });
    await page.getByRole('button', { name: 'Send my application' }).click();
    await page.getByRole('heading', { level: 1, name: `Thank you, ${lead.name}` }).waitFor();

    await signIn(page, api, owner);
    await page.getByRole('navigation', { name: 'Ridgeline Leadership Coaching menu' }).getByRole('link', { name: 'Clients' }).click();
    await page.getByLabel('Search').fill(lead.email);
    await page.getByRole('row').filter({ hasText: lead.name }).getByText('Lead', { exact: true }).waitFor();
    await signOut(page, owner.name);
  });

  it('the coach adds and invites a client from the roster', async () => {
    await signIn(page, api, owner);
    await page.getByRole('navigation', { name: 'Ridgeline Leadership Coaching menu' }).getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await page.getByRole('button', { name: 'Add client' }).first().click();
    const form = page.getByRole('region', { name: 'Add a client' });
    await form.getByLabel('Name').fill(client.name);
    await form.getByLabel('Email').fill(client.email);
    await form.getByLabel('Send a client invitation now').check();
    await form.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('link', { name: client.name }).waitFor();
    await page.screenshot({ path: screenshotPath('coaching-roster'), fullPage: true });
    await signOut(page, owner.name);
  });

  it('the client joins, works the five steps and submits a check-in', async () => {
    await page.goto(`${api.url}${await linkFromMail(api, client.email, 'invitation', '/invitations/accept')}`);
    await page.getByLabel('Your name').fill(client.name);
    await page.getByRole('textbox', { name: 'Choose a password', exact: true }).fill(client.password);
    await page.getByRole('button', { name: 'Accept and join' }).click();

    await page.getByRole('heading', { level: 1, name: 'Hello, Nadia' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/portal');
    await page.getByRole('link', { name: 'Start step 1' }).click();

    await page.getByRole('heading', { level: 2, name: 'Step 1: Awareness' }).waitFor();
    await page.getByLabel('Kind of note').selectOption('PATTERN');
    await page.getByLabel('What did you notice?').fill('I answer every question in the team channel within a minute, so nobody else learns to.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('list', { name: 'Your awareness notes' }).getByText('I answer every question').waitFor();
    await page.getByRole('button', { name: 'Continue to step 2' }).click();

    await page.getByLabel('Your decision').fill('I will stop being the team’s help desk and spend my mornings on the roadmap.');
    await page.getByRole('button', { name: 'Save decision' }).click();

    await page.getByLabel('Your bold goal').fill('Own the product roadmap for the whole division within a year.');
    await page.getByLabel('Why it matters').fill('The division is deciding without the people who know the platform best.');
    await page.getByLabel('How you will measure success').fill('The roadmap is mine, reviewed quarterly by the leadership team.');
    await page.getByLabel('Target date').fill(isoDateInDays(300));
    await page.getByRole('button', { name: 'Set goal' }).click();

    await page.getByLabel('Your future-self statement').fill('I am the person the division asks where we should go next, not who can fix it tonight.');
    await page.getByRole('button', { name: 'Save statement' }).click();

    await page.getByLabel('Check-in day').selectOption({ label: 'Friday' });
    await page.screenshot({ path: screenshotPath('coaching-method-accountability'), fullPage: true });
    await page.getByRole('button', { name: 'Save check-in day' }).click();

    await page.getByRole('heading', { level: 1, name: 'Hello, Nadia' }).waitFor();
    await page.getByRole('link', { name: 'Check in now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Weekly check-in' }).waitFor();
    await page.getByLabel('Progress toward your goal (0-10)').fill('6');
    await page.getByLabel('Energy (1-5)').fill('4');
    await page.getByLabel('Wins').fill('Drafted the roadmap outline and shared it with two peers.');
    await page.getByLabel('Where I defaulted to doing instead of leading').fill('Fixed a build script at midnight.');
    await page.getByLabel('What I declined or delegated').fill('Handed the release notes to Sam.');
    await page.getByLabel('Strategic work done').fill('Two mornings on the roadmap.');
    await page.getByLabel('Impact made legible').fill('Release notes no longer wait for me: published a day earlier.');
    await page.getByLabel('Commitments for next week').fill('Keep Thursday mornings for the roadmap.');
    await page.getByRole('button', { name: 'Submit check-in' }).click();
    await page.getByText('Check-in saved').waitFor();
    await page.screenshot({ path: screenshotPath('coaching-check-in-saved'), fullPage: true });
    await signOut(page, client.name);
  });

  it('the coach sees the check-in flagged new on the dashboard and replies', async () => {
    await signIn(page, api, owner);
    await page.getByRole('navigation', { name: 'Ridgeline Leadership Coaching menu' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: client.name }) });
    await row.getByText('New', { exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('coaching-dashboard'), fullPage: true });

    await row.getByRole('link', { name: client.name }).click();
    await page.getByRole('heading', { level: 1, name: client.name }).waitFor();
    await page.getByLabel('Your reply').fill(reply);
    await page.getByRole('button', { name: 'Send the reply' }).click();
    await page.getByText(reply).waitFor();
    await page.screenshot({ path: screenshotPath('coaching-client-detail'), fullPage: true });
    await signOut(page, owner.name);
  });

  it('the client sees the reply on their portal home', async () => {
    await signIn(page, api, client);
    await page.getByRole('heading', { level: 1, name: 'Hello, Nadia' }).waitFor();
    await page.getByRole('region', { name: 'From your coach' }).getByText(reply).waitFor();
    await page.screenshot({ path: screenshotPath('coaching-portal-reply'), fullPage: true });
  });
});
