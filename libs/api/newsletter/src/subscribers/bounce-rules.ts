import { parse } from 'csv-parse/sync';
import { isEmail, isUUID } from 'class-validator';
import type { FieldProblem } from '@ascend/platform/graphql';

export type UndeliverableKind = 'BOUNCE' | 'COMPLAINT';

/** A hard bounce or a complaint about one address, in one practice or (a bounce, when none is named) in all. */
export interface UndeliverableEvent {
  email: string;
  kind: UndeliverableKind;
  practiceId: string | null;
}

/** One report may name at most this many addresses; a provider sends larger lists in several. */
export const MAX_EVENTS = 10_000;

/**
 * Marks each address through `app_mark_undeliverable` (SECURITY DEFINER: it runs without a tenant) and answers how
 * many subscribers it marked. $1 addresses, $2 kinds, $3 practices (null for all).
 */
export const MARK_UNDELIVERABLE = `
  select coalesce(sum(app_mark_undeliverable(e.email, e.kind, e.practice, now())), 0)::int as marked
    from unnest($1::text[], $2::text[], $3::uuid[]) as e(email, kind, practice)`;

export const markParameters = (events: UndeliverableEvent[]) => [events.map((e) => e.email), events.map((e) => e.kind), events.map((e) => e.practiceId)];

/** A report or list that cannot be used as a whole; nothing of it is marked. */
export class BounceListError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field} ${p.message}`).join('; '));
    this.name = 'BounceListError';
  }
}

const KINDS: Record<string, UndeliverableKind> = { bounce: 'BOUNCE', complaint: 'COMPLAINT' };

/**
 * The events of a provider's report (`{ "events": [{ "email", "type": "bounce"|"complaint", "practiceId"? }] }`),
 * every one checked before any is used: a problem anywhere throws, naming the event by its index.
 */
export function readBounceReport(body: unknown): UndeliverableEvent[] {
  const events = (body as { events?: unknown } | null)?.events;
  if (typeof body !== 'object' || body === null || !Array.isArray(events)) {
    throw new BounceListError([{ field: 'events', message: 'must be a list: send a JSON object { "events": [{ "email", "type" }] }' }]);
  }
  return readEvents(events, (i, key) => `events.${i}.${key}`);
}

/**
 * A provider's bounce list from a file: a JSON list of events (or a report object), or a CSV with a header naming
 * `email` and optionally `type` (bounce when absent, as most lists hold only bounces) and `practice_id`.
 */
export function readBounceFile(text: string, fileName: string): UndeliverableEvent[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (fileName.toLowerCase().endsWith('.json') || /^[[{]/.test(trimmed)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new BounceListError([{ field: fileName, message: `is not valid JSON (${(error as Error).message})` }]);
    }
    return Array.isArray(parsed) ? readEvents(parsed, (i, key) => `${i}.${key}`) : readBounceReport(parsed);
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(trimmed, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_')), bom: true, skip_empty_lines: true, trim: true, info: true });
  } catch (error) {
    throw new BounceListError([{ field: fileName, message: `is not a readable CSV (${(error as Error).message})` }]);
  }
  if (records.length && !('email' in records[0].record)) throw new BounceListError([{ field: fileName, message: 'has no "email" column in its header row' }]);
  const events = records.map(({ record }) => ({ email: record.email, type: record.type || 'bounce', practiceId: record.practice_id || undefined }));
  return readEvents(events, (i, key) => `line ${records[i].info.lines} ${key}`);
}

function readEvents(items: unknown[], fieldOf: (index: number, key: string) => string): UndeliverableEvent[] {
  if (items.length > MAX_EVENTS) throw new BounceListError([{ field: 'events', message: `has ${items.length} events; at most ${MAX_EVENTS} at once` }]);
  const problems: FieldProblem[] = [];
  const events = items.map((item, i): UndeliverableEvent => {
    const { email, type, practiceId } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const address = typeof email === 'string' ? email.trim().toLowerCase() : '';
    if (!isEmail(address) || address.length > 254) problems.push({ field: fieldOf(i, 'email'), message: 'must be an email address' });
    const kind = typeof type === 'string' ? KINDS[type.trim().toLowerCase()] : undefined;
    if (!kind) problems.push({ field: fieldOf(i, 'type'), message: 'must be "bounce" or "complaint"' });
    const practice = practiceId === undefined || practiceId === null ? null : practiceId;
    if (practice !== null && (typeof practice !== 'string' || !isUUID(practice))) problems.push({ field: fieldOf(i, 'practiceId'), message: 'must be a practice id (a UUID) or left out' });
    return { email: address, kind: kind ?? 'BOUNCE', practiceId: practice as string | null };
  });
  if (problems.length) throw new BounceListError(problems);
  return events;
}
