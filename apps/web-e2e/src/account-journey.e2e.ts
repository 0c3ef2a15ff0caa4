import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations } from './support/axe';
import { describeInBrowser, JourneyBrowser, launchBrowser, screenshotPath } from './support/browser';
import { linkFromMail, mailTo } from './support/mail';
import { NewOwner, ownerHeaders, practiceMenu, signUpPractice } from './support/new-practice';
import { graphql } from './support/practice-owner';
import { RunningApi, startBuiltApi } from './support/server';

describeInBrowser('a person runs their own account', () => {
  let api: RunningApi;
  let browser: JourneyBrowser;
  let page: Page;
  // Addresses unique to this run, so a second run against a kept database cannot collide.
  const run = Date.now().toString(36);
  const owner: NewOwner = { name: 'Odile Brenner', email: `odile-${run}@journey.example`, password: 'quiet harbour mornings', practiceName: `Brenner Leadership ${run}` };
  const newPassword = 'granite steps at noon';
  const coach = { name: 'Tomas Quill', email: `tomas-${run}@journey.example`, password: 'lanterns over the bay' };

  beforeAll(async () => {
    api = await startBuiltApi();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signUpPractice(page, api, owner);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function signIn(on: Page, email: string, password: string) {
    await on.goto(`${api.url}/sign-in`);
    await on.getByLabel('Email').fill(email);
    await on.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await on.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  it('changes the password on one device and the other device is signed out, while this one goes on', async () => {
    const elsewhere = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(elsewhere, owner.email, owner.password);
    await practiceMenu(elsewhere, owner).waitFor();

    await page.goto(`${api.url}/app/account`);
    await page.getByRole('heading', { level: 1, name: 'Account settings' }).waitFor();
    const passwordSection = page.getByRole('region', { name: 'Password' });
    await passwordSection.getByLabel('Current password').fill('not my password at all');
    await passwordSection.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
    await passwordSection.getByLabel('Confirm the new password').fill(newPassword);
    await passwordSection.getByRole('button', { name: 'Change password' }).click();
    await passwordSection.getByText('Is not your current password').waitFor();

    await passwordSection.getByLabel('Current password').fill(owner.password);
    await passwordSection.getByRole('button', { name: 'Change password' }).click();
    await passwordSection.getByText('Your password is changed').waitFor();
    await page.screenshot({ path: screenshotPath('account-password-changed'), fullPage: true });

    await elsewhere.reload();
    await elsewhere.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    expect(new URL(elsewhere.url()).pathname).toBe('/sign-in');
    await signIn(elsewhere, owner.email, newPassword);
    await practiceMenu(elsewhere, owner).waitFor();
    await elsewhere.close();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Account settings' }).waitFor();
    owner.password = newPassword;
  });

  it('tells the last owner who wants to leave what to do first', async () => {
    await page.goto(`${api.url}/app/account`);
    await page.getByRole('button', { name: `Leave ${owner.practiceName}` }).click();
    await page.getByRole('dialog', { name: `Leave ${owner.practiceName}?` }).waitFor();
    await page.getByRole('button', { name: 'Leave the practice' }).click();
    await page.getByText(`You are the only one on the team of ${owner.practiceName}`).waitFor();
    await page.getByText('invite a coach or an admin and make them owner first').waitFor();
    await page.screenshot({ path: screenshotPath('account-last-owner'), fullPage: true });
    // Still a member: the practice's menu is one click away.
    await page.goto(`${api.url}/app`);
    await practiceMenu(page, owner).waitFor();
  });

  it('changes the sign-in address through a link mailed to the new address, and tells the old one', async () => {
    const oldEmail = owner.email;
    const newEmail = `odile-new-${run}@journey.example`;
    await page.goto(`${api.url}/app/account`);
    const addressSection = page.getByRole('region', { name: 'Sign-in address' });
    await addressSection.getByLabel('New address').fill(newEmail);
    await addressSection.getByLabel('Current password').fill(owner.password);
    await addressSection.getByRole('button', { name: 'Send a confirmation link' }).click();
    await addressSection.getByText('A change is waiting for confirmation').waitFor();
    await page.screenshot({ path: screenshotPath('account-address-pending'), fullPage: true });

    const link = await linkFromMail(api, newEmail, 'confirm-email-change', '/confirm-email-change');
    await page.goto(`${api.url}${link}`);
    await page.getByRole('button', { name: 'Confirm my new address' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your address is changed' }).waitFor();
    owner.email = newEmail;
    // The old address is told too; `mailTo` fails the test if that mail never comes.
    expect((await mailTo(api, oldEmail, 'email-changed')).to).toBe(oldEmail);

    // The link worked once; opened again it is reported dead before anything is clicked.
    await page.goto(`${api.url}${link}`);
    await page.getByRole('heading', { level: 1, name: 'This link no longer works' }).waitFor();
    await page.goto(`${api.url}/app/account`);
    await page.getByRole('region', { name: 'Sign-in address' }).getByText(newEmail).waitFor();
  });

  it('lets a member removed from their only practice start their own', async () => {
    const headers = await ownerHeaders(api, owner);
    await graphql(api, `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`, { input: { email: coach.email, role: 'COACH' } }, headers);
    const coachPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await coachPage.goto(`${api.url}${await linkFromMail(api, coach.email, 'invitation', '/invitations/accept')}`);
    await coachPage.getByLabel('Your name').fill(coach.name);
    await coachPage.getByRole('textbox', { name: 'Choose a password', exact: true }).fill(coach.password);
    await coachPage.getByRole('button', { name: 'Accept and join' }).click();
    await practiceMenu(coachPage, owner).waitFor();

    const { team } = await graphql<{ team: { membershipId: string; role: string }[] }>(api, `{ team { membershipId role } }`, {}, headers);
    const membershipId = team.find((m) => m.role === 'COACH')!.membershipId;
    await graphql(api, `mutation ($id: ID!) { removeMember(membershipId: $id) }`, { id: membershipId }, headers);

    await coachPage.reload();
    await coachPage.getByRole('heading', { level: 1, name: 'You are not part of a practice yet' }).waitFor();
    await coachPage.getByText(coach.email).waitFor();
    await coachPage.screenshot({ path: screenshotPath('account-no-practice'), fullPage: true });
    await coachPage.getByRole('link', { name: 'Start a practice' }).first().click();
    await coachPage.getByRole('heading', { level: 1, name: 'Start a practice' }).waitFor();
    const own = `Quill Coaching ${run}`;
    await coachPage.getByLabel('Practice name').fill(own);
    await coachPage.getByRole('button', { name: 'Start the practice' }).click();
    await coachPage.getByRole('navigation', { name: `${own} menu` }).waitFor();
    await coachPage.screenshot({ path: screenshotPath('account-own-practice'), fullPage: true });
    await coachPage.close();
  });

  it('reports a used reset link as soon as it opens, before any password is typed', async () => {
    const visitor = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await visitor.goto(`${api.url}/forgot-password`);
    await visitor.getByLabel('Email').fill('not-an-email');
    await visitor.getByText('Enter an email address such as name@example.com').waitFor();
    await visitor.getByLabel('Email').fill(coach.email);
    await visitor.getByRole('button', { name: 'Send me a link' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    const link = await linkFromMail(api, coach.email, 'reset-password', '/reset-password');

    await visitor.goto(`${api.url}${link}`);
    await visitor.getByRole('textbox', { name: 'New password' }).fill('evening tide on slate');
    await visitor.getByRole('button', { name: 'Save my new password' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Your password is changed' }).waitFor();

    await visitor.goto(`${api.url}${link}`);
    await visitor.getByRole('heading', { level: 1, name: 'This reset link is used or expired' }).waitFor();
    expect(await visitor.getByRole('textbox', { name: 'New password' }).count()).toBe(0);
    await visitor.getByRole('link', { name: 'Request a new link' }).waitFor();
    await visitor.screenshot({ path: screenshotPath('account-dead-reset-link'), fullPage: true });
    await visitor.close();
  });

  it('sends any-case practice addresses to the canonical one and answers 404 for addresses with no practice', async () => {
    await page.goto(`${api.url}/p/Ridgeline`);
    expect(new URL(page.url()).pathname).toBe('/p/ridgeline');
    const bad = await page.goto(`${api.url}/p/ridge_line`);
    expect(bad?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'No practice at this address' }).waitFor();
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    const unknown = await page.goto(`${api.url}/p/no-such-practice-${run}`);
    expect(unknown?.status()).toBe(404);
  });

  it.each([
    ['account page', '/app/account', 1280],
    ['account page on a phone', '/app/account', 390],
    ['team page', '/app/team', 1280],
    ['team page on a phone', '/app/team', 390],
    ['audit log', '/app/audit', 1280],
  ])('has no serious accessibility violation on the %s', async (name, path, width) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${api.url}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Checked once every section has loaded: a skeleton is not what people read.
    await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
    await page.screenshot({ path: screenshotPath(`account-checked-${name.replaceAll(' ', '-')}`), fullPage: true });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('stops someone guessing the current password and says for how long, in the form', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${api.url}/app/account`);
    const passwordSection = page.getByRole('region', { name: 'Password' });
    await passwordSection.getByRole('textbox', { name: 'New password', exact: true }).fill('amber fields at dusk');
    await passwordSection.getByLabel('Confirm the new password').fill('amber fields at dusk');
    // A wrong guess weighs four attempts of the twenty the default allows, so at most five are checked (fewer, as this
    // person changed the password and the address above); the next one is refused before the password is checked.
    const refusal = passwordSection.getByText('Too many attempts for this account: try again in 15 minutes');
    let guesses = 0;
    while (!(await refusal.isVisible())) {
      expect(guesses).toBeLessThan(6);
      guesses += 1;
      await passwordSection.getByLabel('Current password').fill(`wrong guess number ${guesses}`);
      const answered = page.waitForResponse((response) => response.url().endsWith('/graphql') && !!response.request().postData()?.includes('changeMyPassword'));
      await passwordSection.getByRole('button', { name: 'Change password' }).click();
      await answered;
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    }
    expect(guesses).toBeGreaterThan(1);
    await page.screenshot({ path: screenshotPath('account-password-guessing-stopped'), fullPage: true });
  });
});
