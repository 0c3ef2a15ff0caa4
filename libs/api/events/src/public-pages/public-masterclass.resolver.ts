import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@ascend/platform/tenancy';
import { PublicMasterclass } from '../registrations/registration.models';
import { PublicMasterclasses } from './public-masterclasses';

@Resolver()
export class PublicMasterclassResolver {
  constructor(private readonly masterclasses: PublicMasterclasses) {}

  @Public()
  @Query(() => [PublicMasterclass], { description: "A practice's published masterclasses that have not ended, soonest first." })
  publicMasterclasses(@Args('practiceSlug', { type: () => String }) practiceSlug: string): Promise<PublicMasterclass[]> {
    return this.masterclasses.upcoming(practiceSlug);
  }

  @Public()
  @Query(() => PublicMasterclass, { nullable: true, description: 'One masterclass of a practice as anyone may see it; null when there is none (drafts included).' })
  publicMasterclass(
    @Args('practiceSlug', { type: () => String }) practiceSlug: string,
    @Args('slug', { type: () => String }) slug: string,
  ): Promise<PublicMasterclass | null> {
    return this.masterclasses.one(practiceSlug, slug);
  }
}
