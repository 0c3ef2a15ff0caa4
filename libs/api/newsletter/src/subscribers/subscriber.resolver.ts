import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Roles } from '@ascend/platform/tenancy';
import { SubscriberImportService } from './subscriber-import.service';
import { SubscriberImport, SubscriberImportPreview } from './subscriber-import.models';
import { Subscriber, SubscriberFilter, SubscriberPage, SubscriberStatusEnum } from './subscriber.models';
import type { SubscriberStatus } from './subscriber-rules';
import { SubscriberService } from './subscriber.service';

const TEAM = ['OWNER', 'ADMIN', 'COACH'] as const;

@Resolver()
export class SubscriberResolver {
  constructor(
    private readonly list: SubscriberService,
    private readonly imports: SubscriberImportService,
  ) {}

  @Roles(...TEAM)
  @Query(() => SubscriberPage, { description: 'Subscribers, newest first, a page at a time (at most 200), with the counts by status.' })
  subscribers(@Args('filter', { type: () => SubscriberFilter, nullable: true }) filter?: SubscriberFilter): Promise<SubscriberPage> {
    return this.list.page(filter ?? undefined);
  }

  @Roles(...TEAM)
  @Query(() => String, { description: 'The list as CSV (email, name, status, consent_at, consent_source, created_at; UTC times, formulas neutralised).' })
  subscribersCsv(@Args('status', { type: () => SubscriberStatusEnum, nullable: true }) status?: SubscriberStatus): Promise<string> {
    return this.list.csv(status ?? undefined);
  }

  @Roles(...TEAM)
  @Mutation(() => Subscriber, { description: 'Unsubscribes someone who asked by other means (a reply, a call).' })
  unsubscribeSubscriber(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<Subscriber> {
    return this.list.unsubscribe(id);
  }

  @Roles(...TEAM)
  @Mutation(() => Boolean, { description: 'Erases a subscriber on their request, with their delivery records.' })
  deleteSubscriber(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<boolean> {
    return this.list.delete(id);
  }

  @Roles(...TEAM)
  @Query(() => SubscriberImportPreview, { description: 'What importing a CSV export would do; nothing is written.' })
  previewSubscriberImport(
    @Args('csv', { type: () => String }) csv: string,
    @Args('fileName', { type: () => String, defaultValue: '' }) fileName: string,
  ): Promise<SubscriberImportPreview> {
    return this.imports.preview(csv, fileName);
  }

  @Roles(...TEAM)
  @Mutation(() => SubscriberImport, { description: 'Imports a CSV export (at most 10 MB) as a job; poll subscriberImport for progress.' })
  importSubscribers(
    @Args('csv', { type: () => String }) csv: string,
    @Args('fileName', { type: () => String, defaultValue: '' }) fileName: string,
  ): Promise<SubscriberImport> {
    return this.imports.start(csv, fileName);
  }

  @Roles(...TEAM)
  @Query(() => SubscriberImport)
  subscriberImport(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<SubscriberImport> {
    return this.imports.byId(id);
  }
}
