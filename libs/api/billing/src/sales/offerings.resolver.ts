import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '@ascend/platform/tenancy';
import { CreateOfferingInput, Offering, PublicOffering, UpdateOfferingInput } from './offering.models';
import { OfferingsService } from './offerings.service';

@Resolver()
export class OfferingsResolver {
  constructor(private readonly catalog: OfferingsService) {}

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Query(() => [Offering], { description: "The practice's coaching packages, active ones first." })
  offerings(): Promise<Offering[]> {
    return this.catalog.list();
  }

  @Roles('OWNER', 'ADMIN')
  @Mutation(() => Offering, { description: 'A new coaching package; needs a plan with paid offerings.' })
  createOffering(@Args('input') input: CreateOfferingInput): Promise<Offering> {
    return this.catalog.create(input);
  }

  @Roles('OWNER', 'ADMIN')
  @Mutation(() => Offering, { description: 'Changes a package; what buyers paid before stays as it was.' })
  updateOffering(@Args('input') input: UpdateOfferingInput): Promise<Offering> {
    return this.catalog.update(input);
  }

  @Public()
  @Query(() => [PublicOffering], { description: "A practice's packages on sale, cheapest first." })
  publicOfferings(@Args('practiceSlug', { type: () => String }) practiceSlug: string): Promise<PublicOffering[]> {
    return this.catalog.publicList(practiceSlug);
  }

  @Public()
  @Query(() => PublicOffering, { nullable: true, description: 'One package on sale; null when there is none or it is not on sale.' })
  publicOffering(
    @Args('practiceSlug', { type: () => String }) practiceSlug: string,
    @Args('offeringSlug', { type: () => String }) offeringSlug: string,
  ): Promise<PublicOffering | null> {
    return this.catalog.publicOne(practiceSlug, offeringSlug);
  }
}
