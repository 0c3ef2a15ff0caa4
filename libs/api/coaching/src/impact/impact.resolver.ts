import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Roles } from '@ascend/platform/tenancy';
import { AddImpactEntryInput, ImpactEntry, ImpactSuggestion, ImpactSummary, UpdateImpactEntryInput } from './impact.models';
import { ImpactService } from './impact.service';

/**
 * The signed-in client's own impact log. Only the client reaches it: coaches and owners have no operation that
 * reads it, and nothing is shared from here; the client prints or downloads the summary to share it themself.
 */
@Resolver()
export class ImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @Roles('CLIENT')
  @Query(() => [ImpactEntry], { description: 'Your impact entries, newest first, optionally within a period (YYYY-MM-DD, both ends included).' })
  myImpactEntries(
    @Args('from', { type: () => String, nullable: true }) from?: string,
    @Args('to', { type: () => String, nullable: true }) to?: string,
  ): Promise<ImpactEntry[]> {
    return this.impact.entries(from ?? undefined, to ?? undefined);
  }

  @Roles('CLIENT')
  @Query(() => [ImpactSuggestion], { description: 'Your recent check-ins with impact written down that is not logged yet.' })
  impactSuggestions(): Promise<ImpactSuggestion[]> {
    return this.impact.suggestions();
  }

  @Roles('CLIENT')
  @Query(() => ImpactSummary, { description: 'A one-page summary of your impact in a period of at most two years, for a manager outside your field.' })
  impactSummary(@Args('from', { type: () => String }) from: string, @Args('to', { type: () => String }) to: string): Promise<ImpactSummary> {
    return this.impact.summary(from, to);
  }

  @Roles('CLIENT')
  @Mutation(() => ImpactEntry, { description: 'Logs an outcome, on its own or from one of your check-ins (each check-in once).' })
  addImpactEntry(@Args('input') input: AddImpactEntryInput): Promise<ImpactEntry> {
    return this.impact.add(input);
  }

  @Roles('CLIENT')
  @Mutation(() => ImpactEntry)
  updateImpactEntry(@Args('input') input: UpdateImpactEntryInput): Promise<ImpactEntry> {
    return this.impact.update(input);
  }

  @Roles('CLIENT')
  @Mutation(() => Boolean)
  async removeImpactEntry(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<boolean> {
    await this.impact.remove(id);
    return true;
  }
}
