import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError } from '@ascend/platform/graphql';
import { CountedLimit, limitRefusal, Plan, planById } from './plans';
import { TenantDatabase } from './tenant-database';

/** A subscription in these states keeps its plan's limits; any other (none, cancelled, incomplete) falls back to Starter. */
export const LIVE_SUBSCRIPTION = `('TRIALING', 'ACTIVE', 'PAST_DUE', 'UNPAID')`;

const TEAM_ROLES = `('OWNER', 'ADMIN', 'COACH')`;

/** How each counted limit is counted, for the practice `$1`. */
const COUNTS: Record<CountedLimit, string> = {
  coaches: `(select count(*)::int from membership where tenant_id = $1 and role in ${TEAM_ROLES})
    + (select count(*)::int from invitation where tenant_id = $1 and role in ${TEAM_ROLES} and accepted_at is null and revoked_at is null and expires_at > now())`,
  activeClients: `(select count(*)::int from client where tenant_id = $1 and status = 'ACTIVE')`,
  subscribers: `(select count(*)::int from subscriber where tenant_id = $1 and status = 'SUBSCRIBED')`,
  emailsPerMonth: `(select count(*)::int from delivery where tenant_id = $1 and (status = 'PENDING' or (status = 'SENT' and sent_at >= date_trunc('month', now()))))`,
};

/** How much of each counted limit a practice uses now, as one statement (the billing page shows them all). */
export const USAGE_SQL = `select ${Object.entries(COUNTS)
  .map(([limit, count]) => `${count} as "${limit}"`)
  .join(', ')}`;

export type Usage = Record<CountedLimit, number>;

/**
 * The plan limits, enforced where they matter (inviting a coach, activating a client, confirming subscribers, sending
 * an issue). Each check locks the practice row first, so additions racing each other are counted one after another.
 * Without billing configured nobody could lift a limit, so none applies.
 */
@Injectable()
export class Entitlements {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enforced(): boolean {
    return this.config.billing.stripe !== undefined;
  }

  /** The plan whose limits apply now: the subscription's while it is live, Starter otherwise. */
  async planOf(practiceId: string): Promise<Plan> {
    const [row]: { plan: string }[] = await this.db.manager.query(
      `select case when status in ${LIVE_SUBSCRIPTION} then plan else 'STARTER' end as plan from subscription where tenant_id = $1`,
      [practiceId],
    );
    return planById(row?.plan ?? 'STARTER');
  }

  async usage(practiceId: string): Promise<Usage> {
    const [row]: Usage[] = await this.db.manager.query(USAGE_SQL, [practiceId]);
    return row;
  }

  /** Refuses (FORBIDDEN, naming the limit and the plan that lifts it) when adding `count` would pass the plan's limit. */
  async allow(practiceId: string, limit: CountedLimit, count = 1): Promise<void> {
    if (!this.enforced || count <= 0) return;
    await this.db.manager.query('select 1 from practice where id = $1 for update', [practiceId]);
    // Only the limit asked about is counted: an invitation need not count the month's newsletter deliveries.
    const [{ used }]: { used: number }[] = await this.db.manager.query(`select ${COUNTS[limit]} as used`, [practiceId]);
    const refusal = limitRefusal(await this.planOf(practiceId), limit, used, count);
    if (refusal) throw new DomainError('FORBIDDEN', refusal, [{ field: 'plan', message: refusal }]);
  }

  /** Refuses paid masterclasses and packages on a plan without them. */
  async allowPaidOfferings(practiceId: string): Promise<void> {
    if (!this.enforced) return;
    const plan = await this.planOf(practiceId);
    if (plan.limits.paidOfferings) return;
    const message = `The ${plan.name} plan does not include paid masterclasses or coaching packages: the Solo plan does, and an owner or admin can upgrade on the Billing page.`;
    throw new DomainError('FORBIDDEN', message, [{ field: 'plan', message }]);
  }
}
