import { BillingModule } from '@ascend/billing';
import { CoachingModule } from '@ascend/coaching';
import { ContentModule } from '@ascend/content';
import { DemoModule } from '@ascend/demo';
import { EventsModule } from '@ascend/events';
import { IdentityModule } from '@ascend/identity';
import { NewsletterModule } from '@ascend/newsletter';

/**
 * Every domain of the API, listed once: the app, the worker, the schema printer and the whole-API tests use
 * this list. Adding a domain is adding its module here (its isolation cases are found beside its code).
 */
export const domainModules = [IdentityModule, CoachingModule, EventsModule, ContentModule, NewsletterModule, BillingModule, DemoModule];
