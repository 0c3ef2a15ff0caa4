import { PUBLIC_MASTERCLASS_COLUMNS, PublicMasterclassRow, publicMasterclassFromRow } from '../public-pages/public-masterclass-rows';
import type { MyRegistration, RegistrationStatus } from './registration.models';
import type { RegistrationLinks } from './registration-links';

/** A registration with its masterclass as the registrant sees it (`r` the registration); $1 is the practice. */
export const MY_REGISTRATION_SQL = `
  select r.id as registration_id, r.tenant_id, r.name, r.email, r.status as registration_status, r.hold_expires_at,
         case when r.status = 'WAITLISTED' then (
           select count(*)::int + 1 from registration w
            where w.tenant_id = r.tenant_id and w.masterclass_id = r.masterclass_id and w.status = 'WAITLISTED' and w.waitlist_number < r.waitlist_number)
         end as waitlist_position,
         m.join_url, m.replay_url, ${PUBLIC_MASTERCLASS_COLUMNS}
    from registration r
    join masterclass m on m.tenant_id = r.tenant_id and m.id = r.masterclass_id
    join public_masterclass pm on pm.tenant_id = r.tenant_id and pm.id = r.masterclass_id
    join practice_profile p on p.id = r.tenant_id
   where r.tenant_id = $1`;

export interface MyRegistrationRow extends PublicMasterclassRow {
  registration_id: string;
  tenant_id: string;
  name: string;
  email: string;
  registration_status: RegistrationStatus;
  hold_expires_at: Date | null;
  waitlist_position: number | null;
  join_url: string;
  replay_url: string;
}

export function myRegistrationFromRow(row: MyRegistrationRow, links: RegistrationLinks, now: Date): MyRegistration {
  const ref = { practiceId: row.tenant_id, registrationId: row.registration_id };
  return {
    id: row.registration_id,
    name: row.name,
    email: row.email,
    status: row.registration_status,
    waitlistPosition: row.waitlist_position,
    holdExpiresAt: row.hold_expires_at,
    masterclass: publicMasterclassFromRow(row, now),
    joinUrl: row.registration_status === 'CONFIRMED' && row.join_url ? row.join_url : null,
    replayUrl: row.registration_status !== 'CANCELLED' && row.replay_url ? row.replay_url : null,
    calendarUrl: links.calendarUrl(ref),
    manageToken: links.token(ref),
  };
}
