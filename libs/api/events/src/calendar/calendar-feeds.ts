import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hashSecretToken } from '@ascend/identity';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import type { FeedEventRow } from './calendar-files';
import type { CalendarFeed, CalendarFeedLink } from './calendar-feed.models';

const FEED_TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.[A-Za-z0-9_-]{43}$/;

/**
 * A person's private feed of their masterclasses across practices. The address is a token whose hash alone is
 * stored, so it is shown once; making a new one replaces (and so revokes) the old one. The token starts with the
 * person's id: the feed's row is theirs alone to read (row level security), so a request can tell a revoked
 * address (404, and the calendar app stops asking) from a live feed that has no masterclass yet.
 */
@Injectable()
export class CalendarFeeds {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async current(): Promise<CalendarFeed> {
    const [feed]: { created_at: Date }[] = await this.db.manager.query(`select created_at from calendar_feed where user_id = $1`, [this.context.userId]);
    return { active: Boolean(feed), createdAt: feed?.created_at ?? null };
  }

  async create(): Promise<CalendarFeedLink> {
    const token = `${this.context.userId}.${randomBytes(32).toString('base64url')}`;
    await this.db.manager.query(
      `insert into calendar_feed (user_id, token_hash) values ($1, $2)
       on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = now()`,
      [this.context.userId, hashSecretToken(token)],
    );
    const url = `${this.config.publicUrl}/calendar/feeds/${token}.ics`;
    return { url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
  }

  async revoke(): Promise<boolean> {
    // Wrapped in a select: TypeORM answers a bare DELETE … RETURNING with [rows, count].
    const [{ revoked }]: { revoked: boolean }[] = await this.db.manager.query(
      `with gone as (delete from calendar_feed where user_id = $1 returning user_id) select count(*) > 0 as revoked from gone`,
      [this.context.userId],
    );
    return revoked;
  }

  /**
   * The feed's masterclasses, or undefined when the token names no live feed (malformed, replaced or revoked). A
   * suspended practice's masterclasses leave the feed, as its pages are closed; they come back when it is reactivated.
   */
  async events(token: string): Promise<FeedEventRow[] | undefined> {
    const userId = FEED_TOKEN.exec(token)?.[1];
    if (!userId) return undefined;
    const hash = hashSecretToken(token);
    return this.db.run({ userId }, async (manager) => {
      const [live]: unknown[] = await manager.query(`select 1 from calendar_feed where user_id = $1 and token_hash = $2`, [userId, hash]);
      if (!live) return undefined;
      const rows: FeedEventRow[] = await manager.query(`select * from app_calendar_feed_events($1) e where not app_practice_is_suspended(e.practice_id)`, [hash]);
      return rows;
    });
  }
}
