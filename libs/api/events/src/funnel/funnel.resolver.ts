import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@ascend/platform/tenancy';
import { FunnelReport } from './funnel.models';
import { FunnelService } from './funnel.service';

@Resolver()
export class FunnelResolver {
  constructor(private readonly funnel: FunnelService) {}

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Query(() => FunnelReport, { description: 'Registered, waitlisted, attended and became clients, for masterclasses starting in [from, to).' })
  masterclassFunnel(@Args('from', { type: () => Date }) from: Date, @Args('to', { type: () => Date }) to: Date): Promise<FunnelReport> {
    return this.funnel.report(from, to);
  }
}
