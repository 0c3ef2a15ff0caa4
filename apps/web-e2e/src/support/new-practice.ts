import type { Page } from 'playwright-core';
import { linkFromMail } from './mail';
import { graphql } from './practice-owner';
import type { RunningApi } from './server';

export interface NewOwner {
  name: string;
  email: string;
  password: string;
  practiceName: string;
}

/**
 * Signs a new owner up through the pages, opens the practice from the confirmation mail, and waits for its
 * workspace: a practice of its own, on the plan new practices start on, with nothing else in it.
 */
export async function signUpPractice(page: Page, api: RunningApi, owner: NewOwner): Promise<void> {
  await page.goto(`${api.url}/sign-up`);
  await page.getByLabel('Your name').fill(owner.name);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
  await page.getByLabel('Practice name').fill(owner.practiceName);
  await page.getByRole('button', { name: 'Create my practice' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();

  await page.goto(`${api.url}${await linkFromMail(api, owner.email, 'confirm-sign-up', '/sign-up/confirm')}`);
  await page.getByRole('button', { name: 'Open my practice' }).click();
  await practiceMenu(page, owner).waitFor();
}

export function practiceMenu(page: Page, owner: NewOwner) {
  return page.getByRole('navigation', { name: `${owner.practiceName} menu` });
}

/** The owner's headers for their practice's operations, for checking through the API what the pages lead to. */
export async function ownerHeaders(api: RunningApi, owner: NewOwner): Promise<Record<string, string>> {
  const { signIn } = await graphql<{ signIn: { accessToken: string; viewer: { memberships: { practiceId: string; practiceName: string }[] } } }>(
    api,
    `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken viewer { memberships { practiceId practiceName } } } }`,
    { input: { email: owner.email, password: owner.password } },
  );
  const practice = signIn.viewer.memberships.find((m) => m.practiceName === owner.practiceName);
  if (!practice) throw new Error(`${owner.email} is not a member of ${owner.practiceName}`);
  return { authorization: `Bearer ${signIn.accessToken}`, 'x-practice-id': practice.practiceId };
}
