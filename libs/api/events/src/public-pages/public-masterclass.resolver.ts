import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '@ascend/platform/tenancy';
import { PublicMasterclass } from '../registrations/registration.models';
import { markdownSummary, markdownToSafeHtml } from '@ascend/platform/markdown';
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

/** The description's two renderings, made only for the answers that ask for them (a registration's receipt does not). */
@Resolver(() => PublicMasterclass)
export class PublicMasterclassFieldsResolver {
  @ResolveField(() => String, { description: 'The description as safe HTML.' })
  descriptionHtml(@Parent() masterclass: PublicMasterclass): string {
    return markdownToSafeHtml(masterclass.description);
  }

  @ResolveField(() => String, { description: 'The description as plain text, for previews.' })
  summary(@Parent() masterclass: PublicMasterclass): string {
    return markdownSummary(masterclass.description);
  }
}
