import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Roles } from '@ascend/platform/tenancy';
import {
  Accountability,
  AddAwarenessNoteInput,
  AwarenessNote,
  ClientMethod,
  Decision,
  FutureSelfStatement,
  Goal,
  GoalStatus,
  GoalStatusEnum,
  MakeDecisionInput,
  SetFutureSelfInput,
  SetGoalInput,
  SetUpAccountabilityInput,
  UpdateAwarenessNoteInput,
  UpdateGoalInput,
} from './method.models';
import { MethodService } from './method.service';

/** The five steps: the client works their own, the coach sees where each client is. */
@Resolver()
export class MethodResolver {
  constructor(private readonly method: MethodService) {}

  @Roles('CLIENT')
  @Query(() => ClientMethod, { description: 'Your records of all five steps.' })
  myMethod(): Promise<ClientMethod> {
    return this.method.myMethod();
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Query(() => ClientMethod, { description: "A client's five steps: owners and admins see every client, a coach their own." })
  clientMethod(@Args('clientId', { type: () => ID }, IdArgumentPipe) clientId: string): Promise<ClientMethod> {
    return this.method.clientMethod(clientId);
  }

  @Roles('CLIENT')
  @Mutation(() => AwarenessNote, { description: 'Step 1: a pattern you noticed, or something you say yes to out of habit.' })
  addAwarenessNote(@Args('input') input: AddAwarenessNoteInput): Promise<AwarenessNote> {
    return this.method.addAwarenessNote(input);
  }

  @Roles('CLIENT')
  @Mutation(() => AwarenessNote)
  updateAwarenessNote(@Args('input') input: UpdateAwarenessNoteInput): Promise<AwarenessNote> {
    return this.method.updateAwarenessNote(input);
  }

  @Roles('CLIENT')
  @Mutation(() => Boolean)
  async removeAwarenessNote(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<boolean> {
    await this.method.removeAwarenessNote(id);
    return true;
  }

  @Roles('CLIENT')
  @Mutation(() => Decision, { description: 'Step 2: your decision to change (made again, it replaces the one before).' })
  makeDecision(@Args('input') input: MakeDecisionInput): Promise<Decision> {
    return this.method.makeDecision(input);
  }

  @Roles('CLIENT')
  @Mutation(() => Goal, { description: 'Step 3: ONE bold goal at most 12 months out; a second while one is active is a CONFLICT.' })
  setGoal(@Args('input') input: SetGoalInput): Promise<Goal> {
    return this.method.setGoal(input);
  }

  @Roles('CLIENT')
  @Mutation(() => Goal, { description: 'Rewords the active goal.' })
  updateGoal(@Args('input') input: UpdateGoalInput): Promise<Goal> {
    return this.method.updateGoal(input);
  }

  @Roles('CLIENT')
  @Mutation(() => Goal, { description: 'Ends the active goal as ACHIEVED or ABANDONED, making room for the next.' })
  closeGoal(
    @Args('id', { type: () => ID }, IdArgumentPipe) id: string,
    @Args('status', { type: () => GoalStatusEnum }) status: GoalStatus,
  ): Promise<Goal> {
    return this.method.closeGoal(id, status);
  }

  @Roles('CLIENT')
  @Mutation(() => FutureSelfStatement, { description: 'Step 4: the leader you are becoming (written again, it replaces the one before).' })
  setFutureSelf(@Args('input') input: SetFutureSelfInput): Promise<FutureSelfStatement> {
    return this.method.setFutureSelf(input.statement);
  }

  @Roles('CLIENT')
  @Mutation(() => Accountability, { description: 'Step 5: the day of the week you check in, in your time zone.' })
  setUpAccountability(@Args('input') input: SetUpAccountabilityInput): Promise<Accountability> {
    return this.method.setUpAccountability(input);
  }
}
