// Issue 9's data, written past row level security (as coaching-data.ts does): published masterclasses of the demo
// practice for the rush and the public page, and what the database holds afterwards.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { BenchFailure, sleep } from './support';

export const PRACTICE_SLUG = 'ridgeline';
const DAY_MS = 86_400_000;

export interface Practice {
  id: string;
  name: string;
  /** The demo owner, who hosts the bench's masterclasses. */
  hostUserId: string;
}

export interface NewMasterclass {
  slug: string;
  title: string;
  description: string;
  startsAt: Date;
  timeZone: string;
  capacity: number;
}

export interface RegistrationRow {
  id: string;
  email: string;
  status: string;
  waitlist_number: number | null;
  registered_at: Date;
}

/** One admin connection for the scenario's own writes and reads; `end` it when done. */
export class EventsData {
  private constructor(
    private readonly db: Client,
    readonly practice: Practice,
  ) {}

  static async open(adminUrl: string, hostEmail: string): Promise<EventsData> {
    const db = new Client({ connectionString: adminUrl });
    await db.connect();
    const { rows } = await db.query<Practice>(
      `select p.id, p.name, u.id as "hostUserId" from practice p
         join membership m on m.tenant_id = p.id join app_user u on u.id = m.user_id
        where p.slug = $1 and u.email = $2`,
      [PRACTICE_SLUG, hostEmail],
    );
    if (!rows[0]) {
      await db.end();
      throw new BenchFailure(`No demo practice ${PRACTICE_SLUG} hosted by ${hostEmail} (is DEMO_DATA on?)`);
    }
    return new EventsData(db, rows[0]);
  }

  /** A published complimentary masterclass of the demo practice; registration closes an hour before it starts. */
  async publish(masterclass: NewMasterclass): Promise<string> {
    const { rows } = await this.db.query<{ id: string }>(
      `insert into masterclass (tenant_id, slug, title, description, starts_at, duration_minutes, time_zone, capacity,
                                registration_deadline, host_user_id, status, published_at)
       values ($1, $2, $3, $4, $5, 90, $6, $7, $5::timestamptz - interval '1 hour', $8, 'PUBLISHED', now())
       returning id`,
      [this.practice.id, masterclass.slug, masterclass.title, masterclass.description, masterclass.startsAt, masterclass.timeZone, masterclass.capacity, this.practice.hostUserId],
    );
    return rows[0].id;
  }

  /** A masterclass for a rush: far in the future, so registration is open whenever the bench runs. */
  rushMasterclass(label: string, capacity: number): Promise<{ id: string; slug: string }> {
    const slug = `bench-${label}-${randomBytes(3).toString('hex')}`;
    const startsAt = new Date(Date.now() + 120 * DAY_MS);
    return this.publish({ slug, title: `Bench rush ${label}`, description: 'Delegation for leaders who fix everything.', startsAt, timeZone: 'Europe/London', capacity }).then(
      (id) => ({ id, slug }),
    );
  }

  /** `count` confirmed guests, as if they had registered one by one. */
  async registerGuests(masterclassId: string, count: number): Promise<void> {
    await this.db.query(
      `insert into registration (tenant_id, masterclass_id, name, email, status, consent_text, confirmed_at)
       select $1, $2, 'Bench Guest ' || n, 'bench-guest-' || n || '@bench.example', 'CONFIRMED', 'I agree.', now() from generate_series(1, $3::int) as n`,
      [this.practice.id, masterclassId, count],
    );
  }

  async registrations(masterclassId: string): Promise<RegistrationRow[]> {
    const { rows } = await this.db.query<RegistrationRow>(
      `select id, email, status, waitlist_number, registered_at from registration where tenant_id = $1 and masterclass_id = $2`,
      [this.practice.id, masterclassId],
    );
    return rows;
  }

  /**
   * Waits until Ascend's worker has sent every registrant's mail (no registration mail job runnable or running), so
   * that the next round does not share the machine with it. A job that failed waits for its retry, not counted here:
   * its error is in Ascend's log, which fails the bench.
   */
  async mailSent(timeoutMs: number): Promise<number> {
    const started = Date.now();
    for (;;) {
      const { rows } = await this.db.query<{ pending: number }>(
        `select count(*)::int as pending from graphile_worker.jobs
          where task_identifier = 'events.registration-mail' and (locked_at is not null or run_at <= now())`,
      );
      if (rows[0].pending === 0) return Date.now() - started;
      if (Date.now() - started > timeoutMs) throw new BenchFailure(`Ascend's worker still had ${rows[0].pending} registration mails to send after ${timeoutMs / 1000} s`);
      await sleep(250);
    }
  }

  end() {
    return this.db.end();
  }
}
