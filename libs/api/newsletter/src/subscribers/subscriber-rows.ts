import { DomainError } from '@ascend/platform/graphql';
import type { Subscriber } from './subscriber.models';
import type { SubscriberStatus } from './subscriber-rules';

export const SUBSCRIBER_COLUMNS = `s.id, s.email, s.name, s.status, s.source, s.consent_at, s.consent_text, s.consent_source, s.consent_ip,
  s.confirmed_at, s.unsubscribed_at, s.created_at`;

export interface SubscriberRow {
  id: string;
  email: string;
  name: string;
  status: SubscriberStatus;
  source: string;
  consent_at: Date | null;
  consent_text: string | null;
  consent_source: string | null;
  consent_ip: string | null;
  confirmed_at: Date | null;
  unsubscribed_at: Date | null;
  created_at: Date;
}

export function subscriberFromRow(row: SubscriberRow): Subscriber {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    status: row.status,
    source: row.source,
    consentAt: row.consent_at,
    consentText: row.consent_text,
    consentSource: row.consent_source,
    consentIp: row.consent_ip,
    confirmedAt: row.confirmed_at,
    unsubscribedAt: row.unsubscribed_at,
    createdAt: row.created_at,
  };
}

/**
 * Unsubscribes one subscriber ($1 practice, $2 subscriber) who is pending or subscribed, and credits the leaving to
 * the issue they last received: the subscriber's latest sent delivery, never an issue named in a link (the link's
 * `?issue=` is not signed). Answers the subscriber's id when it changed anything; leaving twice changes nothing.
 */
export const UNSUBSCRIBE = `
  with left_list as (
    update subscriber set status = 'UNSUBSCRIBED', unsubscribed_at = now(), updated_at = now()
     where tenant_id = $1 and id = $2 and status in ('PENDING', 'SUBSCRIBED')
    returning id
  ), latest as (
    select d.issue_id from delivery d join left_list on left_list.id = d.subscriber_id
     where d.tenant_id = $1 and d.status = 'SENT'
     order by d.sent_at desc limit 1
  ), credited as (
    update delivery d set unsubscribed_at = now() from latest
     where d.tenant_id = $1 and d.issue_id = latest.issue_id and d.subscriber_id = $2 and d.unsubscribed_at is null
    returning 1
  )
  select id, (select count(*) from credited)::int as credited from left_list`;

export const subscriberNotFound = (field: string) => new DomainError('NOT_FOUND', 'No such subscriber in this practice', [{ field, message: 'is not a subscriber of this practice' }]);

/** A link that is malformed, forged, for another purpose, or whose subscriber was erased: all answer alike. */
export const badSubscriberLink = () =>
  new DomainError('NOT_FOUND', 'This newsletter link is not valid: use the link in your latest email', [{ field: 'token', message: 'is not a valid newsletter link' }]);
