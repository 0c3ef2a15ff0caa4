import type { Page } from 'playwright-core';
import type { RunningApi } from './server';

/** The demo practice's owner, there on every first start. */
export const demoOwner = { name: 'Maren Okafor', email: 'maren@ridgeline.example', password: 'Ridgeline-Owner-Demo' };
export const DEMO_PRACTICE = { slug: 'ridgeline', name: 'Ridgeline Leadership Coaching' };

/** A GraphQL operation as the web app sends it; any error fails the journey with the API's own words. */
export async function graphql<T>(api: RunningApi, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The demo owner's headers for the practice's team operations, for arranging and checking what a journey is not about. */
export async function demoOwnerHeaders(api: RunningApi): Promise<Record<string, string>> {
  const { signIn } = await graphql<{ signIn: { accessToken: string; viewer: { memberships: { practiceId: string; practiceSlug: string }[] } } }>(
    api,
    `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken viewer { memberships { practiceId practiceSlug } } } }`,
    { input: { email: demoOwner.email, password: demoOwner.password } },
  );
  const practice = signIn.viewer.memberships.find((m) => m.practiceSlug === DEMO_PRACTICE.slug)!;
  return { authorization: `Bearer ${signIn.accessToken}`, 'x-practice-id': practice.practiceId };
}

/** Signs the demo owner in on the sign-in page and waits for the workspace's menu. */
export async function signInAsDemoOwner(page: Page, api: RunningApi): Promise<void> {
  await page.goto(`${api.url}/sign-in`);
  await page.getByLabel('Email').fill(demoOwner.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(demoOwner.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await workspaceMenu(page).waitFor();
}

export function workspaceMenu(page: Page) {
  return page.getByRole('navigation', { name: `${DEMO_PRACTICE.name} menu` });
}

export interface ListedSubscriber {
  id: string;
  email: string;
  status: string;
  consentText: string | null;
  consentSource: string | null;
}

/** The practice's subscribers as its team sees them, at most 200 (the demo and a journey's own stay well below). */
export async function listSubscribers(api: RunningApi, headers: Record<string, string>, filter: { status?: string; search?: string } = {}): Promise<ListedSubscriber[]> {
  const { subscribers } = await graphql<{ subscribers: { subscribers: ListedSubscriber[] } }>(
    api,
    `query ($filter: SubscriberFilter) { subscribers(filter: $filter) { subscribers { id email status consentText consentSource } } }`,
    { filter: { ...filter, limit: 200 } },
    headers,
  );
  return subscribers.subscribers;
}
