import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public, RateLimited } from '@ascend/platform/tenancy';
import { ApplyToWorkWithInput } from './lead.models';
import { LeadService } from './lead.service';

@Resolver()
export class LeadResolver {
  constructor(private readonly leads: LeadService) {}

  @Public()
  @RateLimited()
  @Mutation(() => Boolean, {
    description: "Applies to work with a practice's coach from its public page: the practice gets a lead and a mail. Always true once the input is valid.",
  })
  async applyToWorkWith(@Args('input') input: ApplyToWorkWithInput): Promise<boolean> {
    await this.leads.apply(input);
    return true;
  }
}
