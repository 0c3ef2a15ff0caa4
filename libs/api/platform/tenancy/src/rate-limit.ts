import { ExecutionContext, Injectable, UseGuards, applyDecorators } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { DomainError } from '@ascend/platform/graphql';
import { requestOf } from './access.guard';

/**
 * Rate-limit counters in PostgreSQL, so every API process counts together. Runs outside the request's
 * transaction on purpose: an attempt counts even when the operation it guards fails and rolls back.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number): ReturnType<ThrottlerStorage['increment']> {
    const [row]: { hits: number; expires: number; blocked: boolean; block_expires: number }[] = await this.dataSource.query(
      `insert into rate_limit as r (key, hits, window_ends_at) values ($1, 1, now() + $2 * interval '1 millisecond')
       on conflict (key) do update set
         hits = case when r.window_ends_at <= now() then 1 else r.hits + 1 end,
         window_ends_at = case when r.window_ends_at <= now() then now() + $2 * interval '1 millisecond' else r.window_ends_at end,
         blocked_until = case
           when r.blocked_until > now() then r.blocked_until
           when (case when r.window_ends_at <= now() then 1 else r.hits + 1 end) > $3 then now() + $4 * interval '1 millisecond'
         end
       returning hits,
                 ceil(extract(epoch from window_ends_at - now()))::int as expires,
                 coalesce(blocked_until > now(), false) as blocked,
                 ceil(extract(epoch from coalesce(blocked_until, now()) - now()))::int as block_expires`,
      [key, ttl, limit, blockDuration],
    );
    return { totalHits: row.hits, timeToExpire: row.expires, isBlocked: row.blocked, timeToBlockExpire: row.block_expires };
  }
}

@Injectable()
export class GraphqlThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const req = requestOf(context);
    return { req, res: req.res ?? {} };
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const minutes = Math.max(1, Math.ceil(detail.timeToBlockExpire / 60));
    throw new DomainError('TOO_MANY_REQUESTS', `Too many attempts from this address: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`);
  }
}

/** Limits attempts per client address for this operation (sign-in, sign-up, password reset). */
export const RateLimited = () => applyDecorators(UseGuards(GraphqlThrottlerGuard));
