import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Roles } from '@ascend/platform/tenancy';
import { CheckIn, CheckInPage, MyCoaching, SubmitCheckInInput } from './check-in.models';
import { CheckInService } from './check-ins.service';
import { PortalHomeService } from './portal-home.service';

/** Weekly check-ins: the client reports, the coach acknowledges and replies. */
@Resolver()
export class CheckInResolver {
  constructor(
    private readonly checkIns: CheckInService,
    private readonly home: PortalHomeService,
  ) {}

  @Roles('CLIENT')
  @Query(() => MyCoaching, { description: 'The client portal home: method progress, goal, this week, streak and the latest reply.' })
  myCoaching(): Promise<MyCoaching> {
    return this.home.myCoaching();
  }

  @Roles('CLIENT')
  @Mutation(() => CheckIn, { description: 'Submits or edits your check-in for this week (or, late, for last week while it has none).' })
  submitCheckIn(@Args('input') input: SubmitCheckInInput): Promise<CheckIn> {
    return this.checkIns.submit(input);
  }

  @Roles('CLIENT')
  @Query(() => CheckInPage, { description: 'Your check-ins with your coach’s replies, newest week first.' })
  myCheckIns(
    @Args('first', { type: () => Int, defaultValue: 12 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<CheckInPage> {
    return this.checkIns.mine(first, after ?? null);
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Query(() => CheckInPage, { description: "A client's check-ins, newest week first." })
  clientCheckIns(
    @Args('clientId', { type: () => ID }, IdArgumentPipe) clientId: string,
    @Args('first', { type: () => Int, defaultValue: 12 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<CheckInPage> {
    return this.checkIns.ofClient(clientId, first, after ?? null);
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Mutation(() => CheckIn, { description: 'Marks a check-in as read by its client’s coach.' })
  acknowledgeCheckIn(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<CheckIn> {
    return this.checkIns.acknowledge(id);
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Mutation(() => CheckIn, { description: 'Replies to a check-in (acknowledging it); the client is mailed and sees the reply.' })
  replyToCheckIn(
    @Args('id', { type: () => ID }, IdArgumentPipe) id: string,
    @Args('reply', { type: () => String }) reply: string,
  ): Promise<CheckIn> {
    return this.checkIns.reply(id, reply);
  }
}
