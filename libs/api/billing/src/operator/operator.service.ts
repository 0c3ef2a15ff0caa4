import { Injectable } from '@nestjs/common';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { PlanId, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import type { SubscriptionStatus } from '../subscription/plan.models';
import { periodProblem, platformTotals, SubscriptionFigures } from './operator-rules';
import { BillingAlert, OperatorAuditEvent, OperatorPractice, OperatorTotals } from './operator.models';

interface OperatorPracticeRow {
  practice_id: string;
  slug: string;
  name: string;
  created_at: Date;
  plan: PlanId;
  status: SubscriptionStatus;
  trial_end: Date | null;
  started_at: Date | null;
  canceled_at: Date | null;
  mrr_cents: number;
  suspended_at: Date | null;
  suspended_reason: string | null;
  coaches: number;
  active_clients: number;
  subscribers: number;
  emails_this_month: number;
}

/** Bounds of the list lengths a caller may ask for (the database functions cap them too). */
const MAX_ROWS = 500;
const rowsWanted = (limit: number) => Math.min(Math.max(Math.trunc(limit), 1), MAX_ROWS);

/**
 * The platform operators' console. Every practice is read across tenants through the SECURITY DEFINER functions of
 * the billing migration, which answer nothing to anyone but an operator: the resolver's policy is checked again
 * by the database itself. Suspending and reactivating audit in the same statement.
 */
@Injectable()
export class OperatorService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
  ) {}

  async practices(): Promise<OperatorPractice[]> {
    return (await this.rows()).map(toPractice);
  }

  async totals(days: number, now = new Date()): Promise<OperatorTotals> {
    const problem = periodProblem(days);
    if (problem) throw new InvalidInputError([{ field: 'days', message: problem }]);
    return platformTotals((await this.rows()).map(toFigures), now, days);
  }

  async audit(limit: number): Promise<OperatorAuditEvent[]> {
    const rows: { id: string; action: string; actor_email: string; practice_id: string | null; practice_name: string | null; detail: unknown; created_at: Date }[] =
      await this.db.manager.query('select * from app_operator_audit($1)', [rowsWanted(limit)]);
    return rows.map((r) => ({
      id: r.id,
      action: r.action,
      actorEmail: r.actor_email,
      practiceId: r.practice_id,
      practiceName: r.practice_name,
      detail: JSON.stringify(r.detail),
      createdAt: r.created_at,
    }));
  }

  async alerts(limit: number): Promise<BillingAlert[]> {
    const rows: { event_id: string; type: string; outcome: string; error: string | null; received_at: Date }[] = await this.db.manager.query(
      'select * from app_operator_alerts($1)',
      [rowsWanted(limit)],
    );
    return rows.map((r) => ({ eventId: r.event_id, type: r.type, outcome: r.outcome, error: r.error, receivedAt: r.received_at }));
  }

  /** Closes the practice's workspace and public pages (nothing is deleted); suspending again records the new reason. */
  async suspend(practiceId: string, reason: string): Promise<OperatorPractice> {
    await this.practice(practiceId);
    await this.setSuspended(practiceId, true, reason);
    return this.practice(practiceId);
  }

  /** Opens the practice again; one that is not suspended is answered as it is, with nothing audited. */
  async reactivate(practiceId: string): Promise<OperatorPractice> {
    const practice = await this.practice(practiceId);
    if (!practice.suspended) return practice;
    await this.setSuspended(practiceId, false, '');
    return this.practice(practiceId);
  }

  private async setSuspended(practiceId: string, suspend: boolean, reason: string) {
    const [{ done }]: { done: boolean }[] = await this.db.manager.query(
      'select app_set_practice_suspended($1, $2, $3, (select email from app_user where id = $4)) as done',
      [practiceId, suspend, reason, this.context.userId],
    );
    // The access guard lets operators alone this far; the function checks again and refuses anyone else.
    if (!done) throw new DomainError('FORBIDDEN', 'Only Ascend platform operators may do this');
  }

  private async practice(practiceId: string): Promise<OperatorPractice> {
    const [row] = await this.rows(practiceId);
    if (!row) throw new DomainError('NOT_FOUND', 'No practice has this id', [{ field: 'practiceId', message: 'is not the id of a practice' }]);
    return toPractice(row);
  }

  private rows(practiceId?: string): Promise<OperatorPracticeRow[]> {
    return practiceId
      ? this.db.manager.query('select * from app_operator_practices() where practice_id = $1', [practiceId])
      : this.db.manager.query('select * from app_operator_practices()');
  }
}

function toPractice(r: OperatorPracticeRow): OperatorPractice {
  return {
    id: r.practice_id,
    slug: r.slug,
    name: r.name,
    createdAt: r.created_at,
    plan: r.plan,
    status: r.status,
    trialEndsAt: r.trial_end,
    mrrCents: r.mrr_cents,
    suspended: r.suspended_at !== null,
    suspendedReason: r.suspended_reason,
    coaches: r.coaches,
    activeClients: r.active_clients,
    subscribers: r.subscribers,
    emailsThisMonth: r.emails_this_month,
  };
}

function toFigures(r: OperatorPracticeRow): SubscriptionFigures {
  return {
    plan: r.plan,
    status: r.status,
    mrrCents: r.mrr_cents,
    suspended: r.suspended_at !== null,
    startedAt: r.started_at,
    canceledAt: r.canceled_at,
    trialEnd: r.trial_end,
  };
}
