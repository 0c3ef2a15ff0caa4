import { endsAt } from '../masterclasses/masterclass-rules';
import type { PublicMasterclass } from '../registrations/registration.models';
import { registrationClosed } from '../registrations/seat-rules';

/** A masterclass as anyone may read it: the public view `pm` joined to the practice's public profile `p`. */
export const PUBLIC_MASTERCLASS_COLUMNS = `
  pm.id, pm.slug, pm.title, pm.description, pm.starts_at, pm.duration_minutes, pm.time_zone, pm.capacity, pm.price_cents,
  pm.currency, pm.registration_deadline, pm.status, pm.host_name, pm.seats_taken, p.slug as practice_slug, p.name as practice_name`;

export const PUBLIC_MASTERCLASS_FROM = `public_masterclass pm join practice_profile p on p.id = pm.tenant_id`;

export interface PublicMasterclassRow {
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
  status: string;
  host_name: string;
  seats_taken: number;
  practice_slug: string;
  practice_name: string;
}

export function publicMasterclassFromRow(row: PublicMasterclassRow, now: Date): PublicMasterclass {
  return {
    id: row.id,
    slug: row.slug,
    practiceSlug: row.practice_slug,
    practiceName: row.practice_name,
    title: row.title,
    description: row.description,
    startsAt: row.starts_at,
    endsAt: endsAt(row.starts_at, row.duration_minutes),
    durationMinutes: row.duration_minutes,
    timeZone: row.time_zone,
    capacity: row.capacity,
    seatsLeft: Math.max(0, row.capacity - row.seats_taken),
    price: row.price_cents === null || row.currency === null ? null : { amountCents: row.price_cents, currency: row.currency },
    registrationDeadline: row.registration_deadline,
    registrationOpen: !registrationClosed({ status: row.status, registrationDeadline: row.registration_deadline, startsAt: row.starts_at }, now),
    status: row.status,
    hostName: row.host_name,
  };
}
