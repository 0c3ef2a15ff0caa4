import type { Provider, Type } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeeds } from './calendar-feeds';
import { CalendarFiles } from './calendar-files';

/** Calendar files: a registration's .ics and each person's private feed. */
export const calendarProviders: Provider[] = [CalendarFiles, CalendarFeeds, CalendarFeedResolver];
export const calendarControllers: Type<unknown>[] = [CalendarController];
