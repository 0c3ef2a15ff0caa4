import { CoachingModule } from '@ascend/coaching';
import { IdentityModule } from '@ascend/identity';
import { buildPractice, startTestApp, TestApp, uniqueEmail, waitForJobs } from '@ascend/platform/testing';
import { EventsModule } from '../events.module';
import { buildMasterclass, guest } from '../shared/masterclass-scenario';

const CREATE = `mutation($input: MasterclassInput!) { createMasterclass(input: $input) { id slug status startsAt endsAt timeZone capacity price { amountCents currency } registrationDeadline host { userId } descriptionHtml publicUrl } }`;
const UPDATE = `mutation($input: UpdateMasterclassInput!) { updateMasterclass(input: $input) { id capacity seatsTaken waitlisted startsAt } }`;
const PUBLISH = `mutation($id: ID!) { publishMasterclass(id: $id) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelMasterclass(id: $id) { id status } }`;
const REGISTER = `mutation($input: RegisterForMasterclassInput!) { registerForMasterclass(input: $input) { registration { id status } } }`;

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const draft = (extra: Record<string, unknown> = {}) => ({
  title: 'From fixer to leader: a 60-minute masterclass',
  description: '## What you leave with\n\nOne decision you will **stop** making yourself.',
  startsAt: inHours(96),
  durationMinutes: 60,
  timeZone: 'Europe/London',
  capacity: 30,
  joinUrl: 'https://meet.example.com/fixer-to-leader',
  ...extra,
});

describe('managing masterclasses', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule, EventsModule], env: { AUTH_RATE_LIMIT: '1000000' } });
  });
  afterAll(() => t.close());

  it('creates a draft with a slug from its title, hosted by its author, and publishes it with both reminders scheduled', async () => {
    const practice = await buildPractice(t, { coaches: 1, clients: 0 });
    const coach = practice.coaches[0];
    const created = await t.graphql<{ createMasterclass: Record<string, unknown> & { id: string } }>(CREATE, { input: draft({ price: { amountCents: 4900, currency: 'EUR' } }) }, coach.headers);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createMasterclass).toMatchObject({
      slug: 'from-fixer-to-leader-a-60-minute-masterclass',
      status: 'DRAFT',
      price: { amountCents: 4900, currency: 'EUR' },
      host: { userId: coach.userId },
      descriptionHtml: '<h2>What you leave with</h2>\n<p>One decision you will <strong>stop</strong> making yourself.</p>\n',
      publicUrl: `${t.config.publicUrl}/p/${practice.slug}/masterclasses/from-fixer-to-leader-a-60-minute-masterclass`,
    });
    const second = await t.graphql<{ createMasterclass: { slug: string } }>(CREATE, { input: draft() }, coach.headers);
    expect(second.data?.createMasterclass.slug).toBe('from-fixer-to-leader-a-60-minute-masterclass-2');

    const { id } = created.data!.createMasterclass;
    expect((await t.graphql(PUBLISH, { id }, coach.headers)).data).toEqual({ publishMasterclass: { id, status: 'PUBLISHED' } });
    const reminders = await t.db.query<{ key: string; run_at: Date }>(
      `select key, run_at from graphile_worker._private_jobs where key like $1 order by run_at`,
      [`events.masterclass-reminders:${practice.practiceId}:%${id}`],
    );
    expect(reminders.map((r) => r.key.split(':')[2])).toEqual(['REMINDER_24H', 'REMINDER_1H']);
  });

  it('refuses times and numbers that make no sense, naming each field, and stores nothing', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const answer = await t.graphql(CREATE, { input: draft({ startsAt: inHours(-1), registrationDeadline: inHours(2), timeZone: 'Mars/Olympus', joinUrl: 'javascript:alert(1)', capacity: 0 }) }, practice.owner.headers);
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (answer.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['input.capacity']);
    const second = await t.graphql(CREATE, { input: draft({ startsAt: inHours(-1), registrationDeadline: inHours(2), timeZone: 'Mars/Olympus', joinUrl: 'javascript:alert(1)' }) }, practice.owner.headers);
    expect((second.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'input.joinUrl',
      'input.registrationDeadline',
      'input.startsAt',
      'input.timeZone',
    ]);
    expect(await t.db.query(`select id from masterclass where tenant_id = $1`, [practice.practiceId])).toEqual([]);
  });

  it('refuses a capacity below the seats taken, with the number; a larger room promotes the waitlist in order', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 2, startsInHours: 96 });
    const emails = [uniqueEmail('one'), uniqueEmail('two'), uniqueEmail('three'), uniqueEmail('four')];
    for (const email of emails) await t.graphql(REGISTER, { input: guest(practice.slug, masterclass.slug, email) });
    const base = { id: masterclass.id, ...draft({ title: masterclass.title, slug: masterclass.slug, startsAt: masterclass.startsAt.toISOString() }) };
    const tooSmall = await t.graphql(UPDATE, { input: { ...base, capacity: 1 } }, practice.owner.headers);
    expect(tooSmall.errors?.[0].extensions?.fields).toEqual([{ field: 'input.capacity', message: 'must be at least 2: 2 seats are already taken' }]);
    const larger = await t.graphql<{ updateMasterclass: { seatsTaken: number; waitlisted: number } }>(UPDATE, { input: { ...base, capacity: 3 } }, practice.owner.headers);
    expect(larger.data?.updateMasterclass).toMatchObject({ seatsTaken: 3, waitlisted: 1 });
    const rows = await t.db.query<{ email: string; status: string }>(`select email, status from registration where masterclass_id = $1 order by registered_at`, [masterclass.id]);
    expect(rows.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    await waitForJobs(t.db);
  });

  it('raises the calendar sequence when the time moves, and freezes a cancelled masterclass', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const masterclass = await buildMasterclass(t, practice, { capacity: 5, startsInHours: 96 });
    await t.graphql(REGISTER, { input: guest(practice.slug, masterclass.slug, uniqueEmail('told')) });
    await waitForJobs(t.db);
    const base = { id: masterclass.id, ...draft({ title: masterclass.title, slug: masterclass.slug, capacity: 5 }) };
    const moved = await t.graphql(UPDATE, { input: { ...base, startsAt: inHours(120) } }, practice.owner.headers);
    expect(moved.errors).toBeUndefined();
    const [row] = await t.db.query<{ calendar_sequence: number }>(`select calendar_sequence from masterclass where id = $1`, [masterclass.id]);
    expect(row.calendar_sequence).toBe(1);
    expect((await t.graphql(CANCEL, { id: masterclass.id }, practice.owner.headers)).data).toEqual({ cancelMasterclass: { id: masterclass.id, status: 'CANCELLED' } });
    const again = await t.graphql(UPDATE, { input: { ...base, startsAt: inHours(130) } }, practice.owner.headers);
    expect(again.errors?.[0].message).toBe('A cancelled masterclass cannot be changed');
    await waitForJobs(t.db);
  });

  it('lets a CLIENT see none of it', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 1 });
    const answer = await t.graphql(`{ masterclasses { id } }`, {}, practice.clients[0].headers);
    expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
