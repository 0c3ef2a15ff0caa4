import type { EntityManager } from 'typeorm';
import type { MasterclassStatus } from '../masterclasses/masterclass.models';
import type { Attendance, RegistrationStatus } from '../registrations/registration.models';

/** One registration with its masterclass and practice: what its mails and its .ics are made of. */
export interface RegistrationEntryRow {
  practice_id: string;
  practice_name: string;
  practice_slug: string;
  /** Suspended by an operator: its calendar links are closed and its registrants get no mail until it is reactivated. */
  practice_suspended: boolean;
  registration_id: string;
  name: string;
  email: string;
  registration_status: RegistrationStatus;
  waitlist_position: number | null;
  hold_expires_at: Date | null;
  attendance: Attendance | null;
  masterclass_id: string;
  slug: string;
  title: string;
  description: string;
  starts_at: Date;
  duration_minutes: number;
  time_zone: string;
  masterclass_status: MasterclassStatus;
  price_cents: number | null;
  currency: string | null;
  join_url: string;
  replay_url: string;
  calendar_sequence: number;
  updated_at: Date;
}

/** Read in the registration's practice (row level security scoped to it); undefined when it is gone. */
export async function readRegistrationEntry(manager: EntityManager, practiceId: string, registrationId: string): Promise<RegistrationEntryRow | undefined> {
  const [row]: RegistrationEntryRow[] = await manager.query(
    `select p.id as practice_id, p.name as practice_name, p.slug as practice_slug, app_practice_is_suspended(p.id) as practice_suspended,
            r.id as registration_id, r.name, r.email, r.status as registration_status, r.hold_expires_at, r.attendance,
            case when r.status = 'WAITLISTED' then (
              select count(*)::int + 1 from registration w
               where w.tenant_id = r.tenant_id and w.masterclass_id = r.masterclass_id and w.status = 'WAITLISTED' and w.waitlist_number < r.waitlist_number)
            end as waitlist_position,
            m.id as masterclass_id, m.slug, m.title, m.description, m.starts_at, m.duration_minutes, m.time_zone, m.status as masterclass_status,
            m.price_cents, m.currency, m.join_url, m.replay_url, m.calendar_sequence, greatest(m.updated_at, r.updated_at) as updated_at
       from registration r
       join masterclass m on m.tenant_id = r.tenant_id and m.id = r.masterclass_id
       join practice p on p.id = r.tenant_id
      where r.tenant_id = $1 and r.id = $2`,
    [practiceId, registrationId],
  );
  return row;
}
