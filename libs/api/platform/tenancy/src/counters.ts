/** The upsert of one counter, whose row comes from `source`: $2 weight, $3 window in milliseconds, $4 limit. */
const countInto = (source: string) => `
  insert into rate_limit as r (key, hits, window_ends_at) ${source}
  on conflict (key) do update set
    hits = case when r.window_ends_at <= now() then $2 else r.hits + $2 end,
    window_ends_at = case when r.window_ends_at <= now() then now() + $3 * interval '1 millisecond' else r.window_ends_at end,
    blocked_until = case
      when r.blocked_until > now() then r.blocked_until
      when (case when r.window_ends_at <= now() then $2 else r.hits + $2 end) > $4 then now() + $3 * interval '1 millisecond'
    end
  returning key,
            hits,
            coalesce(blocked_until > now(), false) as blocked,
            ceil(extract(epoch from coalesce(blocked_until, now()) - now()))::int as seconds_blocked,
            ceil(extract(epoch from window_ends_at - now()))::int as seconds_left`;

/**
 * Adds to a counter in the table rate_limit (one row per key, shared by every API process): $1 key, $2 weight,
 * $3 window in milliseconds, $4 limit. A window starts with the first count after the last one ended; passing the
 * limit blocks the key for a window. The upsert is atomic and locks the row until its transaction ends, so counts
 * racing each other are all counted.
 */
export const ADD_TO_COUNTER = countInto(`values ($1, $2, now() + $3 * interval '1 millisecond')`);

/**
 * ADD_TO_COUNTER for two keys in one statement ($1, then $5), counted as two statements in a row would count
 * them: the second only when the first is not blocked (an attempt refused for the first key never counted for the
 * second). It answers a row for each key counted, in either order. Rows are locked first key first, as everywhere.
 */
export const ADD_TO_TWO_COUNTERS = `
  with first as (${countInto(`values ($1, $2::int, now() + $3 * interval '1 millisecond')`)}),
  second as (${countInto(`select $5::text, $2::int, now() + $3 * interval '1 millisecond' where not (select blocked from first)`)})
  select * from first union all select * from second`;

export interface Counted {
  key: string;
  hits: number;
  blocked: boolean;
  seconds_blocked: number;
  seconds_left: number;
}

/** "3 minutes", "2 hours": how long someone refused by a counter has to wait. */
export function waitingTime(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes >= 120) return `${Math.ceil(minutes / 60)} hours`;
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
