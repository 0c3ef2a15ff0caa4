import type { Registration } from '../registrations/registration.models';

/** The columns a registration is listed with (`r`), its waitlist position included. */
export const REGISTRATION_COLUMNS = `
  r.id, r.masterclass_id, r.name, r.email, r.question, r.status, r.hold_expires_at, r.attendance, r.source, r.newsletter_issue,
  r.utm_source, r.utm_medium, r.utm_campaign, r.client_id, r.registered_at, r.cancelled_at, r.invited_as_client_at,
  (select m.title from masterclass m where m.tenant_id = r.tenant_id and m.id = r.masterclass_id) as masterclass_title,
  case when r.status = 'WAITLISTED' then (
    select count(*)::int + 1 from registration w
     where w.tenant_id = r.tenant_id and w.masterclass_id = r.masterclass_id and w.status = 'WAITLISTED' and w.waitlist_number < r.waitlist_number)
  end as waitlist_position`;

export interface RegistrationRow {
  id: string;
  masterclass_id: string;
  masterclass_title: string;
  name: string;
  email: string;
  question: string;
  status: Registration['status'];
  hold_expires_at: Date | null;
  attendance: Registration['attendance'];
  source: Registration['origin']['source'];
  newsletter_issue: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  client_id: string | null;
  registered_at: Date;
  cancelled_at: Date | null;
  invited_as_client_at: Date | null;
  waitlist_position: number | null;
}

export function registrationFromRow(row: RegistrationRow): Registration {
  return {
    id: row.id,
    masterclassId: row.masterclass_id,
    masterclassTitle: row.masterclass_title,
    name: row.name,
    email: row.email,
    question: row.question,
    status: row.status,
    waitlistPosition: row.waitlist_position,
    holdExpiresAt: row.hold_expires_at,
    attendance: row.attendance,
    origin: { source: row.source, newsletterIssue: row.newsletter_issue, utmSource: row.utm_source, utmMedium: row.utm_medium, utmCampaign: row.utm_campaign },
    clientId: row.client_id,
    registeredAt: row.registered_at,
    cancelledAt: row.cancelled_at,
    invitedAsClientAt: row.invited_as_client_at,
  };
}
