import { Module } from '@nestjs/common';
import { ContentModule } from '@ascend/content';
import { EventsModule } from '@ascend/events';
import { IdentityModule } from '@ascend/identity';
import { issueProviders } from './issues/issue.providers';
import { sendingProviders } from './sending/sending.providers';
import { subscriberControllers, subscriberProviders } from './subscribers/subscriber.providers';
import { SubscriberLinks } from './shared/subscriber-links';
import { weeklyProviders } from './weekly/weekly.providers';

/** The newsletter: double opt-in subscribers, issues composed in markdown, sent exactly once, and the weekly insights draft. */
@Module({
  // The weekly draft gathers the week's articles and the coming masterclasses.
  imports: [IdentityModule, EventsModule, ContentModule],
  controllers: [...subscriberControllers],
  providers: [SubscriberLinks, ...subscriberProviders, ...issueProviders, ...sendingProviders, ...weeklyProviders],
})
export class NewsletterModule {}
