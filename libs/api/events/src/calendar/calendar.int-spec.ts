import { CoachingModule } from '@ascend/coaching';
import { IdentityModule } from '@ascend/identity';
import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { EventsModule } from '../events.module';
import { RegistrationLinks } from '../registrations/registration-links';
import { buildMasterclass } from '../shared/masterclass-scenario';
import { readCalendar } from './jest/read-ics';
import { buildRegistration } from './jest/registrations';

const FEED = `{ calendarFeed { active createdAt } }`;
const CREATE = `mutation { createCalendarFeed { url webcalUrl } }`;
const REVOKE = `mutation { revokeCalendarFeed }`;

describe('calendar files', () => {
  let t: TestApp;
  let links: RegistrationLinks;
  let host: string;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule] });
    links = t.app.get(RegistrationLinks);
    host = new URL(t.config.publicUrl).hostname;
  });
  afterAll(() => t.close());

  /** A link the API hands out, fetched from the test server. */
  const fetchLink = (url: string) => fetch(url.replace(t.config.publicUrl, t.url));

  const suspend = (practiceId: string) =>
    t.db.query(`insert into practice_suspension (practice_id, reason, suspended_by) values ($1, 'Chargebacks under review', 'ops@example.com')`, [practiceId]);

  const moveTo = (masterclassId: string, startsAt: string, timeZone: string) =>
    t.db.query(`update masterclass set starts_at = $2, registration_deadline = $2, time_zone = $3 where id = $1`, [masterclassId, startsAt, timeZone]);

  describe("a registration's .ics", () => {
    it('gives a confirmed seat its masterclass at the right instant, in the presenting zone, with the join link', async () => {
      const practice = await buildPractice(t);
      const masterclass = await buildMasterclass(t, practice, { durationMinutes: 90 });
      await moveTo(masterclass.id, '2027-06-10T22:00:00Z', 'America/New_York');
      await t.db.query(`update masterclass set calendar_sequence = 2 where id = $1`, [masterclass.id]);
      const { ref } = await buildRegistration(t, practice, masterclass.id);

      const response = await fetchLink(links.calendarUrl(ref));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const ics = await response.text();
      expect(ics).toContain('DTSTART;TZID=America/New_York:20270610T180000');
      const { method, events } = readCalendar(ics);
      expect(method).toBe('PUBLISH');
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        uid: `masterclass-${masterclass.id}@${host}`,
        sequence: 2,
        status: 'CONFIRMED',
        summary: masterclass.title,
        location: 'https://meet.example.com/leading',
        url: `${t.config.publicUrl}/p/${practice.slug}/masterclasses/${masterclass.slug}`,
        organizer: 'mailto:no-reply@ascend.localhost',
      });
      expect([events[0].start.toISOString(), events[0].end.toISOString()]).toEqual(['2027-06-10T22:00:00.000Z', '2027-06-10T23:30:00.000Z']);
      expect(events[0].description).toContain('Join: https://meet.example.com/leading');
      expect(events[0].description).toContain(links.manageUrl(practice.slug, ref));
      expect(events[0].description).toContain('A practical hour on delegating the work only you were doing.');
    });

    it('keeps the join link from the waitlist and from a held seat, marking them tentative', async () => {
      const practice = await buildPractice(t);
      const masterclass = await buildMasterclass(t, practice);
      for (const status of ['WAITLISTED', 'PENDING_PAYMENT'] as const) {
        const { ref } = await buildRegistration(t, practice, masterclass.id, { status });
        const ics = await (await fetchLink(links.calendarUrl(ref))).text();
        const [event] = readCalendar(ics).events;
        expect(event.status).toBe('TENTATIVE');
        expect(event.location).toBeNull();
        expect(ics).not.toContain('meet.example.com');
      }
    });

    it('cancels the entry, under the same UID, once the registration or the masterclass is cancelled', async () => {
      const practice = await buildPractice(t);
      const masterclass = await buildMasterclass(t, practice);
      const cancelled = await buildRegistration(t, practice, masterclass.id, { status: 'CANCELLED' });
      const seated = await buildRegistration(t, practice, masterclass.id);
      const byRegistrant = readCalendar(await (await fetchLink(links.calendarUrl(cancelled.ref))).text());
      expect(byRegistrant.method).toBe('CANCEL');
      expect(byRegistrant.events[0]).toMatchObject({ uid: `masterclass-${masterclass.id}@${host}`, status: 'CANCELLED', attendees: [`MAILTO:${cancelled.email}`] });

      await t.db.query(`update masterclass set status = 'CANCELLED', calendar_sequence = calendar_sequence + 1 where id = $1`, [masterclass.id]);
      const byHost = readCalendar(await (await fetchLink(links.calendarUrl(seated.ref))).text());
      expect(byHost.method).toBe('CANCEL');
      expect(byHost.events[0]).toMatchObject({ uid: `masterclass-${masterclass.id}@${host}`, status: 'CANCELLED', sequence: 1, location: null });
    });

    it('answers 404 in a line of text for a changed signature, a registration that is gone, or a name without .ics', async () => {
      const practice = await buildPractice(t);
      const masterclass = await buildMasterclass(t, practice);
      const { ref } = await buildRegistration(t, practice, masterclass.id);
      const url = links.calendarUrl(ref);
      const token = links.token(ref);
      const tampered = url.replace(token, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`);
      const otherPractice = url.replace(ref.practiceId, (await buildPractice(t)).practiceId);
      expect((await fetchLink(url)).status).toBe(200);
      for (const bad of [tampered, otherPractice, url.replace(/\.ics$/, ''), url.replace(/\.ics$/, '.ics.txt')]) {
        const response = await fetchLink(bad);
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
        expect(await response.text()).toMatch(/^No registration behind this calendar link\./);
      }
      await t.db.query(`delete from registration where id = $1`, [ref.registrationId]);
      expect((await fetchLink(url)).status).toBe(404);
    });
    it("closes a suspended practice's calendar links, saying why, and opens them again when it is reactivated", async () => {
      const practice = await buildPractice(t);
      const masterclass = await buildMasterclass(t, practice);
      const { ref } = await buildRegistration(t, practice, masterclass.id);
      const url = links.calendarUrl(ref);
      await suspend(practice.practiceId);
      const closed = await fetchLink(url);
      expect(closed.status).toBe(404);
      expect(await closed.text()).toBe('This practice is suspended by Ascend: its calendar links work again once it is reactivated.\n');
      await t.db.query(`delete from practice_suspension where practice_id = $1`, [practice.practiceId]);
      expect((await fetchLink(url)).status).toBe(200);
    });
  });

  describe('the personal feed', () => {
    it('lists the person’s masterclasses across practices, by account or verified address, and the ones they host; nothing of anyone else', async () => {
      const home = await buildPractice(t, { clients: 1 });
      const elsewhere = await buildPractice(t, { clients: 1 });
      const person = home.clients[0];
      const stranger = elsewhere.clients[0];

      const seat = await buildMasterclass(t, home, { title: 'Saying no to the right things' });
      await moveTo(seat.id, '2027-07-01T17:00:00Z', 'Europe/London');
      await buildRegistration(t, home, seat.id, { userId: person.userId, email: person.email });
      const waiting = await buildMasterclass(t, elsewhere, { title: 'From doer to leader' });
      await moveTo(waiting.id, '2027-07-08T16:00:00Z', 'America/New_York');
      await buildRegistration(t, elsewhere, waiting.id, { email: person.email, status: 'WAITLISTED' });
      const gone = await buildMasterclass(t, elsewhere, { title: 'Cancelled by me' });
      await buildRegistration(t, elsewhere, gone.id, { email: person.email, status: 'CANCELLED' });
      const draft = await buildMasterclass(t, home, { title: 'Still a draft', status: 'DRAFT' });
      await buildRegistration(t, home, draft.id, { userId: person.userId, email: person.email });
      const others = await buildMasterclass(t, elsewhere, { title: 'Only the stranger' });
      await buildRegistration(t, elsewhere, others.id, { userId: stranger.userId, email: stranger.email });
      const hosted = await buildMasterclass(t, home, { title: 'Hosted by the owner' });

      const created = await t.graphql<{ createCalendarFeed: { url: string; webcalUrl: string } }>(CREATE, {}, person.headers);
      expect(created.errors).toBeUndefined();
      const { url, webcalUrl } = created.data!.createCalendarFeed;
      expect(url).toMatch(new RegExp(`^${t.config.publicUrl}/calendar/feeds/[^/]+\\.ics$`));
      expect(webcalUrl).toBe(url.replace(/^https?:/, 'webcal:'));

      const response = await fetchLink(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const feed = readCalendar(await response.text());
      expect(feed.method).toBeNull();
      expect(feed.events.map((e) => [e.summary, e.status, e.start.toISOString()])).toEqual([
        ['Saying no to the right things', 'CONFIRMED', '2027-07-01T17:00:00.000Z'],
        ['From doer to leader', 'TENTATIVE', '2027-07-08T16:00:00.000Z'],
      ]);
      expect(feed.events[0].location).toBe('https://meet.example.com/leading');
      expect(feed.events[1].location).toBeNull();
      expect(feed.timezones.sort()).toEqual(['America/New_York', 'Europe/London']);
      // The same UID as in the registration's own .ics, so subscribing after importing it replaces rather than duplicates.
      expect(feed.events[0].uid).toBe(`masterclass-${seat.id}@${host}`);

      const ownerFeed = await t.graphql<{ createCalendarFeed: { url: string } }>(CREATE, {}, home.owner.headers);
      const ownerEvents = readCalendar(await (await fetchLink(ownerFeed.data!.createCalendarFeed.url)).text()).events;
      expect(ownerEvents.map((e) => e.summary).sort()).toEqual(['Hosted by the owner', 'Saying no to the right things'].sort());
      expect(ownerEvents.find((e) => e.summary === hosted.title)?.description).toContain('You host this masterclass.');
    });

    it("leaves out a suspended practice's masterclasses and keeps the others", async () => {
      const home = await buildPractice(t, { clients: 1 });
      const suspended = await buildPractice(t);
      const person = home.clients[0];
      const kept = await buildMasterclass(t, home, { title: 'Delegating the fires' });
      await buildRegistration(t, home, kept.id, { userId: person.userId, email: person.email });
      const closed = await buildMasterclass(t, suspended, { title: 'In a suspended practice' });
      await buildRegistration(t, suspended, closed.id, { email: person.email });
      await suspend(suspended.practiceId);

      const created = await t.graphql<{ createCalendarFeed: { url: string } }>(CREATE, {}, person.headers);
      const events = readCalendar(await (await fetchLink(created.data!.createCalendarFeed.url)).text()).events;
      expect(events.map((e) => e.summary)).toEqual(['Delegating the fires']);
    });

    it('is shown once, replaced by a new one, and revoked: an address that no longer works answers 404', async () => {
      const practice = await buildPractice(t, { clients: 1 });
      const person = practice.clients[0];
      expect((await t.graphql(FEED, {}, person.headers)).data).toEqual({ calendarFeed: { active: false, createdAt: null } });

      const first = (await t.graphql<{ createCalendarFeed: { url: string } }>(CREATE, {}, person.headers)).data!.createCalendarFeed.url;
      const status = await t.graphql<{ calendarFeed: { active: boolean; createdAt: string } }>(FEED, {}, person.headers);
      expect(status.data?.calendarFeed).toEqual({ active: true, createdAt: expect.any(String) });
      // A live feed without any masterclass yet is an empty calendar, not an error: apps subscribe to it.
      const empty = await fetchLink(first);
      expect(empty.status).toBe(200);
      expect(readCalendar(await empty.text()).events).toEqual([]);
      const [stored] = await t.db.query<{ token_hash: string }>('select token_hash from calendar_feed where user_id = $1', [person.userId]);
      expect(first).not.toContain(stored.token_hash);

      const second = (await t.graphql<{ createCalendarFeed: { url: string } }>(CREATE, {}, person.headers)).data!.createCalendarFeed.url;
      expect(second).not.toBe(first);
      expect((await fetchLink(first)).status).toBe(404);
      expect((await fetchLink(second)).status).toBe(200);

      expect((await t.graphql(REVOKE, {}, person.headers)).data).toEqual({ revokeCalendarFeed: true });
      const revoked = await fetchLink(second);
      expect(revoked.status).toBe(404);
      expect(await revoked.text()).toMatch(/^This calendar feed address no longer works\./);
      expect((await t.graphql(REVOKE, {}, person.headers)).data).toEqual({ revokeCalendarFeed: false });
      expect((await t.graphql(FEED, {}, person.headers)).data).toEqual({ calendarFeed: { active: false, createdAt: null } });
    });

    it('answers 404 for addresses that were never made', async () => {
      const practice = await buildPractice(t, { clients: 1 });
      for (const token of ['nothing', `${practice.clients[0].userId}.${'x'.repeat(43)}`, `${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}.${'y'.repeat(43)}`]) {
        expect((await fetch(`${t.url}/calendar/feeds/${token}.ics`)).status).toBe(404);
      }
    });

    it('needs a signed-in person', async () => {
      for (const operation of [FEED, CREATE, REVOKE]) {
        expect((await t.graphql(operation, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
    });
  });
});
