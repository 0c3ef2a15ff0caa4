import { markdownToSafeHtml } from '@ascend/platform/markdown';
import type { OfferingBilling } from './offering-rules';
import type { Offering, PublicOffering } from './offering.models';

/** An offering `o` with its coach's name (`u`, left joined); the query names the practice. */
export const OFFERING_COLUMNS = `o.id, o.slug, o.title, o.description, o.price_cents, o.currency, o.billing, o.months, o.coach_user_id, u.name as coach_name, o.active, o.created_at`;
export const OFFERING_FROM = `offering o left join app_user u on u.id = o.coach_user_id`;

export interface OfferingRow {
  id: string;
  slug: string;
  title: string;
  description: string;
  price_cents: number;
  currency: string;
  billing: OfferingBilling;
  months: number;
  coach_user_id: string | null;
  coach_name: string | null;
  active: boolean;
  created_at: Date;
}

export function offeringFromRow(row: OfferingRow): Offering {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    priceCents: row.price_cents,
    currency: row.currency,
    billing: row.billing,
    months: row.months,
    coachUserId: row.coach_user_id,
    coachName: row.coach_name,
    active: row.active,
    createdAt: row.created_at,
  };
}

/** What anyone may see: no ids, and the description as sanitized HTML. */
export function publicOfferingFromRow(row: OfferingRow): PublicOffering {
  return {
    slug: row.slug,
    title: row.title,
    descriptionHtml: markdownToSafeHtml(row.description),
    priceCents: row.price_cents,
    currency: row.currency,
    billing: row.billing,
    months: row.months,
    coachName: row.coach_name,
  };
}
