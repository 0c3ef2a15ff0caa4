import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations } from './support/axe';
import { describeInBrowser, JourneyBrowser, launchBrowser, screenshotPath } from './support/browser';
import { KeptMail, mailTo } from './support/mail';
import { RunningApi, startBuiltApi } from './support/server';

const owner = { email: 'maren@ridgeline.example', password: 'Ridgeline-Owner-Demo' };
const client = { email: 'tom@ridgeline.example', password: 'Ridgeline-Client-Demo' };
const PRESENTING_ZONE = 'Europe/London';
// The visitor reads the page in another zone than the host presents in, as most visitors from a newsletter do.
const VISITOR_ZONE = 'America/New_York';

async function graphql<T>(api: RunningApi, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The demo owner's headers for the practice's team operations. */
async function signInOwner(api: RunningApi): Promise<Record<string, string>> {
  const { signIn } = await graphql<{ signIn: { accessToken: string; viewer: { memberships: { practiceId: string; practiceSlug: string }[] } } }>(
    api,
    `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken viewer { memberships { practiceId practiceSlug } } } }`,
    { input: owner },
  );
  const ridgeline = signIn.viewer.memberships.find((m) => m.practiceSlug === 'ridgeline')!;
  return { authorization: `Bearer ${signIn.accessToken}`, 'x-practice-id': ridgeline.practiceId };
}

interface CreatedMasterclass {
  id: string;
  slug: string;
  title: string;
  startsAt: string;
}

/** A published complimentary masterclass of the demo practice, ten days ahead at 17:00 UTC. */
async function publishMasterclass(api: RunningApi, ownerHeaders: Record<string, string>, title: string, capacity: number): Promise<CreatedMasterclass> {
  const start = new Date(Date.now() + 10 * 86_400_000);
  start.setUTCHours(17, 0, 0, 0);
  const input = {
    title,
    description: 'How to **stop fixing** everything yourself, in one evening.',
    startsAt: start.toISOString(),
    durationMinutes: 60,
    timeZone: PRESENTING_ZONE,
    capacity,
    joinUrl: 'https://meet.example/ridgeline-masterclass',
  };
  const { createMasterclass } = await graphql<{ createMasterclass: CreatedMasterclass }>(
    api,
    `mutation ($input: MasterclassInput!) { createMasterclass(input: $input) { id slug title startsAt } }`,
    { input },
    ownerHeaders,
  );
  await graphql(api, `mutation ($id: ID!) { publishMasterclass(id: $id) { id } }`, { id: createMasterclass.id }, ownerHeaders);
  return createMasterclass;
}

/** The manage page a registrant's mail links to, as a path the page opens on its own origin. */
function manageLinkIn(mail: KeptMail): string {
  const link = mail.links.map((href) => new URL(href)).find((url) => url.pathname.startsWith('/p/ridgeline/registrations/'));
  if (!link) throw new Error(`The "${mail.tag}" mail to ${mail.to} has no link to the registration page: ${mail.links.join(', ')}`);
  return link.pathname;
}

/** The VEVENTs of an .ics as an independent parser reads them, their times converted with the file's own VTIMEZONEs. */
function readEvents(ics: string): { uid: string; summary: string; start: Date; zone: string }[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toJSDate(), zone: String(component.getFirstProperty('dtstart')?.getParameter('tzid')) };
  });
}

async function registerAsGuest(page: Page, guest: { name: string; email: string }, button: 'Register' | 'Join the waitlist') {
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(guest.name);
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(guest.email);
  await page.getByLabel(/I agree that Ridgeline Leadership Coaching may email me about this masterclass/).check();
  await page.getByRole('button', { name: button, exact: true }).click();
}

describeInBrowser('a guest registers for a masterclass; a full one has a waitlist', () => {
  let api: RunningApi;
  let browser: JourneyBrowser;
  let page: Page;
  let ownerHeaders: Record<string, string>;
  const run = Date.now().toString(36);

  beforeAll(async () => {
    api = await startBuiltApi();
    browser = await launchBrowser();
    ownerHeaders = await signInOwner(api);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: VISITOR_ZONE, locale: 'en-GB' });
  });
  afterEach(() => page.close());

  it('a guest from the newsletter registers for a complimentary masterclass and receives the confirmation with its .ics', async () => {
    const masterclass = await publishMasterclass(api, ownerHeaders, `Lead without fixing everything ${run}`, 20);
    const guest = { name: 'Ada Lindqvist', email: `ada-${run}@journey.example` };

    await page.goto(`${api.url}/p/ridgeline`);
    const upcoming = page.getByRole('region', { name: 'Upcoming masterclasses' });
    await upcoming.getByRole('link', { name: masterclass.title }).waitFor();
    await page.screenshot({ path: screenshotPath('masterclass-practice-page'), fullPage: true });
    await upcoming.getByRole('link', { name: masterclass.title }).click();
    await page.getByRole('heading', { level: 1, name: masterclass.title }).waitFor();
    // The newsletter's link carries its issue: the registration records where it came from.
    await page.goto(`${page.url()}?ref=newsletter&issue=${run}&utm_source=ascend&utm_medium=email`);
    const start = new Date(masterclass.startsAt);
    const visitorTime = new Intl.DateTimeFormat('en-GB', { timeZone: VISITOR_ZONE, hour: '2-digit', minute: '2-digit' }).format(start);
    const presentingTime = new Intl.DateTimeFormat('en-GB', { timeZone: PRESENTING_ZONE, hour: '2-digit', minute: '2-digit' }).format(start);
    await page.getByText(new RegExp(`${visitorTime} \\(your time\\) · ${presentingTime} in Europe/London$`)).waitFor();
    await page.getByText('stop fixing', { exact: true }).waitFor();

    await registerAsGuest(page, guest, 'Register');
    await page.getByRole('heading', { name: 'You’re in' }).waitFor();
    await page.screenshot({ path: screenshotPath('masterclass-registered'), fullPage: true });

    const mail = await mailTo(api, guest.email, 'masterclass-confirmed');
    expect(mail.subject).toBe(`You’re in: ${masterclass.title}`);
    const invite = mail.attachments?.find((file) => file.filename.endsWith('.ics'));
    expect(invite?.contentType).toMatch(/^text\/calendar/);
    const [event] = readEvents(await (await fetch(`${api.url}${invite!.url}`)).text());
    expect(event.start.toISOString()).toBe(start.toISOString());
    expect(event.zone).toBe(PRESENTING_ZONE);
    expect(event.summary).toContain(masterclass.title);
    expect(event.uid).toBeTruthy();

    const { masterclassRegistrations } = await graphql<{ masterclassRegistrations: { registrations: { email: string; status: string; origin: Record<string, string | null> }[] } }>(
      api,
      `query ($id: ID!) { masterclassRegistrations(masterclassId: $id) { registrations { email status origin { source newsletterIssue utmSource utmMedium } } } }`,
      { id: masterclass.id },
      ownerHeaders,
    );
    expect(masterclassRegistrations.registrations).toEqual([
      { email: guest.email, status: 'CONFIRMED', origin: { source: 'NEWSLETTER', newsletterIssue: run, utmSource: 'ascend', utmMedium: 'email' } },
    ]);
  });

  it('a full masterclass puts the next guest on the waitlist, and a cancellation gives them the seat', async () => {
    const masterclass = await publishMasterclass(api, ownerHeaders, `One seat only ${run}`, 1);
    const first = { name: 'Bo Achterberg', email: `bo-${run}@journey.example` };
    const second = { name: 'Chidi Okonkwo', email: `chidi-${run}@journey.example` };
    const masterclassPage = `${api.url}/p/ridgeline/masterclasses/${masterclass.slug}`;

    await page.goto(masterclassPage);
    await registerAsGuest(page, first, 'Register');
    await page.getByRole('heading', { name: 'You’re in' }).waitFor();

    await page.goto(masterclassPage);
    await page.getByText('Full – join the waitlist').first().waitFor();
    // The waitlist notice is the one coloured alert a visitor sees: its words must be readable.
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await registerAsGuest(page, second, 'Join the waitlist');
    await page.getByText(`You’re number 1 on the waitlist; we’ll email you at ${second.email} if a seat frees up.`).waitFor();
    await page.screenshot({ path: screenshotPath('masterclass-waitlisted'), fullPage: true });

    await page.goto(`${api.url}${manageLinkIn(await mailTo(api, first.email, 'masterclass-confirmed'))}`);
    await page.getByRole('heading', { level: 1, name: masterclass.title }).waitFor();
    await page.getByRole('button', { name: 'Cancel my registration' }).click();
    await page.getByRole('button', { name: 'Yes, cancel my registration' }).click();
    await page.getByText('Your registration is cancelled', { exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('masterclass-cancelled'), fullPage: true });

    const promoted = await mailTo(api, second.email, 'masterclass-promoted');
    expect(promoted.subject).toBe(`A seat is yours: ${masterclass.title}`);
    await page.goto(`${api.url}${manageLinkIn(promoted)}`);
    const status = page.getByRole('region', { name: second.name });
    await status.getByText('Confirmed', { exact: true }).waitFor();
    expect(await status.getByRole('link', { name: 'Join the masterclass' }).getAttribute('href')).toBe('https://meet.example/ridgeline-masterclass');
  });

  it('a tampered registration link says it is not valid', async () => {
    const masterclass = await publishMasterclass(api, ownerHeaders, `Tamper check ${run}`, 5);
    const guest = { name: 'Dana Ferreira', email: `dana-${run}@journey.example` };
    await page.goto(`${api.url}/p/ridgeline/masterclasses/${masterclass.slug}`);
    await registerAsGuest(page, guest, 'Register');
    const link = manageLinkIn(await mailTo(api, guest.email, 'masterclass-confirmed'));

    await page.goto(`${api.url}${link.slice(0, -1)}${link.endsWith('A') ? 'B' : 'A'}`);
    await page.getByRole('heading', { level: 1, name: 'This link is not valid' }).waitFor();
  });

  it('a client registers in one click from their portal and subscribes to their calendar feed', async () => {
    const masterclass = await publishMasterclass(api, ownerHeaders, `Delegation clinic ${run}`, 10);
    await page.goto(`${api.url}/sign-in`);
    await page.getByLabel('Email').fill(client.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(client.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'See my masterclasses' }).click();
    await page.getByRole('heading', { level: 1, name: 'My masterclasses' }).waitFor();

    const offered = page.getByRole('region', { name: 'Coming up at Ridgeline Leadership Coaching' });
    await offered.getByRole('listitem', { name: masterclass.title }).getByRole('button', { name: 'Register with one click' }).click();
    await page.getByText(`You’re in: ${masterclass.title}`).waitFor();
    await page.getByRole('region', { name: 'Coming up for you' }).getByRole('listitem', { name: masterclass.title }).getByText('Confirmed', { exact: true }).waitFor();

    const feed = page.getByRole('region', { name: 'Your calendar feed' });
    await feed.getByRole('button', { name: /Create my calendar feed|Make a new address/ }).click();
    const address = await feed.getByRole('textbox', { name: 'Address for calendar apps (https)' }).inputValue();
    await page.screenshot({ path: screenshotPath('masterclass-portal'), fullPage: true });
    const events = readEvents(await (await fetch(address)).text());
    expect(events.find((event) => event.summary.includes(masterclass.title))?.start.toISOString()).toBe(masterclass.startsAt);
  });
});
