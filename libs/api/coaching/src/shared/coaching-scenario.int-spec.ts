import { buildCoachingPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { IdentityModule } from '@ascend/identity';
import { CoachingModule } from '../coaching.module';

describe('the coaching scenario and the client profile of a CLIENT membership', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule] });
  });
  afterAll(() => t.close());

  it('puts every CLIENT member on the roster, assigned to the coaches in turn', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 2, clients: 3, checkInDay: 3, clientTimeZone: 'America/Chicago' });
    const rows = await t.db.query<{ id: string; email: string; coach_user_id: string; status: string; time_zone: string; check_in_day: number }>(
      `select id, email, coach_user_id, status, time_zone, check_in_day from client where tenant_id = $1 order by email`,
      [practice.practiceId],
    );
    expect(rows.map((r) => r.email)).toEqual(practice.clients.map((c) => c.email).sort());
    expect(practice.roster.map((c) => c.coach?.userId)).toEqual([practice.coaches[0].userId, practice.coaches[1].userId, practice.coaches[0].userId]);
    expect(rows.every((r) => r.status === 'ACTIVE' && r.time_zone === 'America/Chicago' && r.check_in_day === 3)).toBe(true);
  });

  it('gives a lead prepared for an address its account when that address joins as a client', async () => {
    const practice = await buildCoachingPractice(t, { clients: 0 });
    const [lead] = await t.db.query<{ id: string }>(
      `insert into client (tenant_id, name, email, status, source, time_zone) values ($1, 'Lena Lead', 'lena-lead@example.com', 'LEAD', 'APPLICATION', 'Europe/London') returning id`,
      [practice.practiceId],
    );
    const [user] = await t.db.query<{ id: string }>(
      `insert into app_user (email, name, password_hash) values ('lena-lead@example.com', 'Lena L.', 'x') on conflict (email) do update set name = excluded.name returning id`,
    );
    await t.db.query(`insert into membership (tenant_id, user_id, role) values ($1, $2, 'CLIENT')`, [practice.practiceId, user.id]);
    const [client] = await t.db.query<{ id: string; user_id: string; status: string; started_on: Date | null }>(
      `select id, user_id, status, started_on from client where tenant_id = $1`,
      [practice.practiceId],
    );
    expect(client).toMatchObject({ id: lead.id, user_id: user.id, status: 'ACTIVE' });
    expect(client.started_on).not.toBeNull();
  });
});
