import { endsAt } from './masterclass-rules';
import type { Masterclass, MasterclassStatus } from './masterclass.models';

/** The columns a masterclass is read with (table alias `m`), its seat counts (kept on the row) and its host's name included. */
export const MASTERCLASS_COLUMNS = `
  m.id, m.slug, m.title, m.description, m.starts_at, m.duration_minutes, m.time_zone, m.capacity, m.price_cents, m.currency,
  m.registration_deadline, m.join_url, m.replay_url, m.host_user_id, m.status, m.created_at, m.updated_at,
  u.name as host_name, m.seats_taken, m.waitlist_issued - m.waitlist_left as waitlisted`;

/** The join that goes with MASTERCLASS_COLUMNS. */
export const MASTERCLASS_HOST_JOIN = `left join app_user u on u.id = m.host_user_id`;

export interface MasterclassRow {
  id: string;
  slug: string;
  title: string;
  description: string;
  starts_at: Date;
  duration_minutes: number;
  time_zone: string;
  capacity: number;
  price_cents: number | null;
  currency: string | null;
  registration_deadline: Date;
  join_url: string;
  replay_url: string;
  host_user_id: string | null;
  host_name: string | null;
  status: MasterclassStatus;
  created_at: Date;
  updated_at: Date;
  seats_taken: number;
  waitlisted: number;
}

export function masterclassFromRow(row: MasterclassRow, publicUrl: string): Masterclass {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: endsAt(row.starts_at, row.duration_minutes),
    durationMinutes: row.duration_minutes,
    timeZone: row.time_zone,
    capacity: row.capacity,
    price: row.price_cents === null || row.currency === null ? null : { amountCents: row.price_cents, currency: row.currency },
    registrationDeadline: row.registration_deadline,
    joinUrl: row.join_url,
    replayUrl: row.replay_url,
    host: row.host_user_id ? { userId: row.host_user_id, name: row.host_name ?? '' } : null,
    status: row.status,
    seatsTaken: row.seats_taken,
    waitlisted: row.waitlisted,
    publicUrl,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
