import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Operator } from '@ascend/platform/tenancy';
import { BillingAlert, OperatorAuditEvent, OperatorPractice, OperatorTotals, SuspendPracticeArgs } from './operator.models';
import { OperatorService } from './operator.service';

/** The operator console: Ascend's own staff, across every practice. */
@Resolver()
export class OperatorResolver {
  constructor(private readonly operator: OperatorService) {}

  @Operator()
  @Query(() => [OperatorPractice], { description: 'Every practice, oldest first, with its plan, subscription, revenue and usage.' })
  operatorPractices(): Promise<OperatorPractice[]> {
    return this.operator.practices();
  }

  @Operator()
  @Query(() => OperatorTotals, { description: 'Revenue and practices now, churn over the last `days`, and the last 12 months of MRR.' })
  operatorTotals(@Args('days', { type: () => Int, nullable: true, defaultValue: 30 }) days: number | null): Promise<OperatorTotals> {
    return this.operator.totals(days ?? 30);
  }

  @Operator()
  @Query(() => [OperatorAuditEvent], { description: "Operators' acts (suspensions, reactivations), newest first." })
  operatorAudit(@Args('limit', { type: () => Int, nullable: true, defaultValue: 100 }) limit: number | null): Promise<OperatorAuditEvent[]> {
    return this.operator.audit(limit ?? 100);
  }

  @Operator()
  @Query(() => [BillingAlert], { description: 'Stripe events Ascend could not place or process, newest first.' })
  billingAlerts(@Args('limit', { type: () => Int, nullable: true, defaultValue: 50 }) limit: number | null): Promise<BillingAlert[]> {
    return this.operator.alerts(limit ?? 50);
  }

  @Operator()
  @Mutation(() => OperatorPractice, { description: "Suspends a practice: its members are refused and its public pages say it is unavailable; nothing is deleted." })
  suspendPractice(@Args() { practiceId, reason }: SuspendPracticeArgs): Promise<OperatorPractice> {
    return this.operator.suspend(practiceId, reason);
  }

  @Operator()
  @Mutation(() => OperatorPractice, { description: 'Ends a suspension: the practice works again as before.' })
  reactivatePractice(@Args('practiceId', { type: () => ID }, IdArgumentPipe) practiceId: string): Promise<OperatorPractice> {
    return this.operator.reactivate(practiceId);
  }
}
