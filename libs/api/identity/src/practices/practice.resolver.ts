import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { Public, Roles } from '@ascend/platform/tenancy';
import { PracticeProfileInput } from './practice-profile.input';
import { PracticeProfile } from './practice-profile.model';
import { PracticeService } from './practice.service';
import { SLUG_PATTERN } from './practice-rules';

@ArgsType()
class PracticeBySlugArgs {
  @Field(() => String)
  @Matches(SLUG_PATTERN, { message: 'must be lower-case letters, digits and single hyphens' })
  slug: string;
}

@Resolver(() => PracticeProfile)
export class PracticeResolver {
  constructor(private readonly practices: PracticeService) {}

  // A suspended practice answers its name alone, with available false.
  @Public()
  @Query(() => PracticeProfile, { nullable: true, description: "A practice's public page, or null when no practice has that address." })
  async practice(@Args() { slug }: PracticeBySlugArgs): Promise<PracticeProfile | null> {
    return this.practices.publicPage(slug);
  }

  @Roles('OWNER', 'ADMIN')
  @Mutation(() => PracticeProfile, { description: "Replaces the public profile of the request's practice (its address stays)." })
  updatePracticeProfile(@Args('input') input: PracticeProfileInput): Promise<PracticeProfile> {
    return this.practices.updateProfile(input);
  }
}
