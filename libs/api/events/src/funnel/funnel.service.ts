import { Injectable } from '@nestjs/common';
import { InvalidInputError } from '@ascend/platform/graphql';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { EventsClock } from '../shared/events-clock';
import { addCounts, FunnelCounts, funnelFigures, periodProblem } from './funnel-rules';
import type { FunnelReport, FunnelSource } from './funnel.models';

// Per registration: is it live, where did it stand, and did its registrant become a client afterwards.
const FACTS = `
  select r.masterclass_id, r.source, r.newsletter_issue, r.utm_source, r.utm_campaign,
         (r.status <> 'CANCELLED')::int as registered,
         (r.status = 'WAITLISTED')::int as waitlisted,
         (r.status = 'CONFIRMED')::int as confirmed,
         (r.status = 'CONFIRMED' and m.starts_at <= $4)::int as confirmed_held,
         (r.status = 'CONFIRMED' and r.attendance is not distinct from 'ATTENDED')::int as attended,
         (r.status <> 'CANCELLED' and exists (
            select 1 from client c where c.tenant_id = r.tenant_id and c.email = r.email and c.status <> 'LEAD'
               and (c.created_at >= r.registered_at or r.invited_as_client_at is not null)))::int as became_client
    from registration r
    join masterclass m on m.tenant_id = r.tenant_id and m.id = r.masterclass_id
   where r.tenant_id = $1 and m.starts_at >= $2 and m.starts_at < $3 and m.status <> 'DRAFT'`;

const SUMS = `sum(registered)::int as registered, sum(waitlisted)::int as waitlisted, sum(confirmed)::int as confirmed, sum(confirmed_held)::int as confirmed_held,
              sum(attended)::int as attended, sum(became_client)::int as became_clients`;

/** Registered, waitlisted, attended, became clients: per masterclass, in total, and by source, in two statements. */
@Injectable()
export class FunnelService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly clock: EventsClock,
  ) {}

  async report(from: Date, to: Date): Promise<FunnelReport> {
    const problem = periodProblem(from, to);
    if (problem) throw new InvalidInputError([{ field: 'to', message: problem }]);
    const parameters = [this.context.practiceId, from, to, this.clock.now()];
    const perMasterclass: (FunnelCounts & { id: string; title: string; starts_at: Date; status: string })[] = await this.db.manager.query(
      `with facts as (${FACTS})
       select m.id, m.title, m.starts_at, m.status,
              coalesce(f.registered, 0) as registered, coalesce(f.waitlisted, 0) as waitlisted, coalesce(f.confirmed, 0) as confirmed, coalesce(f.confirmed_held, 0) as confirmed_held,
              coalesce(f.attended, 0) as attended, coalesce(f.became_clients, 0) as became_clients
         from masterclass m
         left join (select masterclass_id, ${SUMS} from facts group by masterclass_id) f on f.masterclass_id = m.id
        where m.tenant_id = $1 and m.starts_at >= $2 and m.starts_at < $3 and m.status <> 'DRAFT'
        order by m.starts_at`,
      parameters,
    );
    const bySource: (FunnelCounts & { source: FunnelSource['source']; newsletter_issue: string | null; utm_source: string | null; utm_campaign: string | null })[] =
      await this.db.manager.query(
        `with facts as (${FACTS})
         select source, newsletter_issue, utm_source, utm_campaign, ${SUMS}
           from facts where registered = 1
          group by source, newsletter_issue, utm_source, utm_campaign
          order by sum(registered) desc, source, newsletter_issue nulls first, utm_source nulls first, utm_campaign nulls first`,
        parameters,
      );
    return {
      from,
      to,
      totals: funnelFigures(addCounts(perMasterclass)),
      masterclasses: perMasterclass.map((row) => ({ masterclassId: row.id, title: row.title, startsAt: row.starts_at, status: row.status, figures: funnelFigures(row) })),
      sources: bySource.map((row) => ({
        source: row.source,
        newsletterIssue: row.newsletter_issue,
        utmSource: row.utm_source,
        utmCampaign: row.utm_campaign,
        registered: row.registered,
        attended: row.attended,
        becameClients: row.became_clients,
      })),
    };
  }
}
