import { Args, ID, Mutation, Parent, Query, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Roles } from '@ascend/platform/tenancy';
import { markdownToSafeHtml } from '@ascend/platform/markdown';
import { Masterclass, MasterclassInput, UpdateMasterclassInput } from './masterclass.models';
import { MasterclassService } from './masterclass.service';

export enum MasterclassPeriodEnum {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
  ALL = 'ALL',
}
registerEnumType(MasterclassPeriodEnum, { name: 'MasterclassPeriod', description: 'Upcoming (not yet ended), past, or all.' });

const TEAM = ['OWNER', 'ADMIN', 'COACH'] as const;

@Resolver()
export class MasterclassResolver {
  constructor(private readonly service: MasterclassService) {}

  @Roles(...TEAM)
  @Query(() => [Masterclass], { description: "The practice's masterclasses: upcoming soonest first, past and all latest first." })
  masterclasses(@Args('when', { type: () => MasterclassPeriodEnum, defaultValue: MasterclassPeriodEnum.UPCOMING }) when: MasterclassPeriodEnum): Promise<Masterclass[]> {
    return this.service.list(when);
  }

  @Roles(...TEAM)
  @Query(() => Masterclass)
  masterclass(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<Masterclass> {
    return this.service.get(id);
  }

  @Roles(...TEAM)
  @Query(() => String, { description: 'Markdown as the public page will show it (safe HTML): the editor previews with it.' })
  masterclassDescriptionPreview(@Args('markdown', { type: () => String }) markdown: string): string {
    return markdownToSafeHtml(markdown.slice(0, 20000));
  }

  @Roles(...TEAM)
  @Mutation(() => Masterclass, { description: 'A new draft; nobody outside the team sees it until it is published.' })
  createMasterclass(@Args('input') input: MasterclassInput): Promise<Masterclass> {
    return this.service.create(input);
  }

  @Roles(...TEAM)
  @Mutation(() => Masterclass, { description: 'Changes it; registrants hear of a new time or join link, and a larger room promotes the waitlist.' })
  updateMasterclass(@Args('input') input: UpdateMasterclassInput): Promise<Masterclass> {
    return this.service.update(input);
  }

  @Roles(...TEAM)
  @Mutation(() => Masterclass, { description: 'Opens a draft for registration on the public page.' })
  publishMasterclass(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<Masterclass> {
    return this.service.publish(id);
  }

  @Roles(...TEAM)
  @Mutation(() => Masterclass, { description: 'Cancels it; every registrant is told and their calendars drop it.' })
  cancelMasterclass(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<Masterclass> {
    return this.service.cancel(id);
  }

  @Roles(...TEAM)
  @Mutation(() => Masterclass, { description: 'Marks a masterclass that has taken place as completed (registrants get the replay, if its link is set).' })
  completeMasterclass(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<Masterclass> {
    return this.service.complete(id);
  }

  @Roles(...TEAM)
  @Mutation(() => Boolean, { description: 'Deletes a draft.' })
  deleteMasterclass(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<boolean> {
    return this.service.remove(id);
  }
}

/** The description as the public page will show it, made only when asked for (lists do not). */
@Resolver(() => Masterclass)
export class MasterclassFieldsResolver {
  @ResolveField(() => String, { description: 'The description as safe HTML.' })
  descriptionHtml(@Parent() masterclass: Masterclass): string {
    return markdownToSafeHtml(masterclass.description);
  }
}
