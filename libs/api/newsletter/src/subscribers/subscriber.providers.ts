import type { Provider, Type } from '@nestjs/common';
import { ConfirmationMail } from './confirmation-mail.job';
import { NewsletterHttpController } from './newsletter-http.controller';
import { NewsletterSignupResolver } from './newsletter-signup.resolver';
import { NewsletterSignupService } from './newsletter-signup.service';
import { SubscriberImportChunk } from './subscriber-import.job';
import { SubscriberImportService } from './subscriber-import.service';
import { SubscriberResolver } from './subscriber.resolver';
import { SubscriberService } from './subscriber.service';

/** Subscribers: double opt-in signup, consent, unsubscribing, bounces, CSV import and export. */
export const subscriberProviders: Provider[] = [
  NewsletterSignupService,
  NewsletterSignupResolver,
  ConfirmationMail,
  SubscriberService,
  SubscriberImportService,
  SubscriberImportChunk,
  SubscriberResolver,
];

/** Routes outside GraphQL: one-click unsubscribe (RFC 8058) and bounce reports. */
export const subscriberControllers: Type[] = [NewsletterHttpController];
