import type { ClientStatus } from '../shared/coaching.enums';
import type { Client, ClientFilter, ClientSource } from './client.models';
import { containsPattern, normaliseTags } from './roster-rules';

export interface ClientRow {
  id: string;
  user_id: string | null;
  name: string;
  email: string;
  status: ClientStatus;
  coach_user_id: string | null;
  tags: string[];
  started_on: string | null;
  check_in_day: number;
  time_zone: string;
  source: ClientSource;
  job_title: string;
  wants_to_change: string;
  preferred_contact_time: string;
  consent_text: string | null;
  consent_at: Date | null;
  created_at: Date;
}

/** The client table's columns as {@link ClientRow} holds them, for a table aliased `c`. */
export const CLIENT_COLUMNS = `c.id, c.user_id, c.name, c.email, c.status, c.coach_user_id, c.tags, c.started_on::text as started_on,
  c.check_in_day, c.time_zone, c.source, c.job_title, c.wants_to_change, c.preferred_contact_time, c.consent_text, c.consent_at, c.created_at`;

export function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    status: row.status,
    coachUserId: row.coach_user_id,
    tags: row.tags,
    startedOn: row.started_on,
    checkInDay: row.check_in_day,
    timeZone: row.time_zone,
    source: row.source,
    hasAccount: row.user_id !== null,
    jobTitle: row.job_title,
    wantsToChange: row.wants_to_change,
    preferredContactTime: row.preferred_contact_time,
    consentText: row.consent_text,
    consentAt: row.consent_at,
    createdAt: row.created_at,
  };
}

/**
 * The roster filter as SQL conditions on `c`, its values appended to `parameters` (which already holds the ones
 * before it, so the placeholders continue their numbering).
 */
export function filterConditions(filter: ClientFilter | undefined, parameters: unknown[]): string[] {
  const conditions: string[] = [];
  const add = (value: unknown) => `$${parameters.push(value)}`;
  if (filter?.search?.trim()) {
    const pattern = add(containsPattern(filter.search));
    conditions.push(`(lower(c.name) like ${pattern} or c.email like ${pattern})`);
  }
  if (filter?.status) conditions.push(`c.status = ${add(filter.status)}`);
  if (filter?.coachUserId) conditions.push(`c.coach_user_id = ${add(filter.coachUserId)}::uuid`);
  const [tag] = normaliseTags([filter?.tag ?? '']);
  if (tag) conditions.push(`c.tags @> array[${add(tag)}]::text[]`);
  return conditions;
}
