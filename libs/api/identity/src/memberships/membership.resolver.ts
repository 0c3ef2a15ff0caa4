import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { RunsAlone, SignedIn } from '@ascend/platform/tenancy';
import { PracticeMembership } from '../sessions/session.models';
import { StartPracticeInput } from './membership.models';
import { MembershipService } from './membership.service';

@Resolver()
export class MembershipResolver {
  constructor(private readonly memberships: MembershipService) {}

  // Alone in its request: it acts in the practice its argument names, whatever the header says.
  @SignedIn()
  @RunsAlone()
  @Mutation(() => Boolean, {
    description: "Leaves a practice. Errors: practiceId NOT_FOUND (not a member); CONFLICT 'is a practice you are the last owner of', with a message naming who could be made owner.",
  })
  async leavePractice(@Args('practiceId', { type: () => ID }, IdArgumentPipe) practiceId: string): Promise<boolean> {
    await this.memberships.leave(practiceId);
    return true;
  }

  // Alone in its request, as it acts in the new practice; the service limits how many a person starts.
  @SignedIn()
  @RunsAlone()
  @Mutation(() => PracticeMembership, {
    description: 'A new practice with the signed-in person as its owner. Errors: input.practiceSlug (rule, taken), input.practiceName, input.timeZone.',
  })
  startPractice(@Args('input') input: StartPracticeInput): Promise<PracticeMembership> {
    return this.memberships.start(input);
  }
}
