import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '@ascend/platform/tenancy';
import { CalendarFeed, CalendarFeedLink } from './calendar-feed.models';
import { CalendarFeeds } from './calendar-feeds';

/** Every signed-in person's own calendar feed, whatever practice the request names. */
@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeeds) {}

  @SignedIn()
  @Query(() => CalendarFeed, { description: 'Whether you have a private calendar feed of your masterclasses.' })
  calendarFeed(): Promise<CalendarFeed> {
    return this.feeds.current();
  }

  @SignedIn()
  @Mutation(() => CalendarFeedLink, { description: 'A new private calendar feed address, shown once; an earlier address stops working.' })
  createCalendarFeed(): Promise<CalendarFeedLink> {
    return this.feeds.create();
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Stops your calendar feed address from working. False when you had none.' })
  revokeCalendarFeed(): Promise<boolean> {
    return this.feeds.revoke();
  }
}
