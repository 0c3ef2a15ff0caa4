import type { Provider } from '@nestjs/common';
import { SubscriptionChanges } from './subscription-changes.service';
import { SubscriptionResolver } from './subscription.resolver';
import { SubscriptionService } from './subscription.service';

/** The practice's plan and subscription as its owners and admins see and change it. */
export const subscriptionProviders: Provider[] = [SubscriptionService, SubscriptionChanges, SubscriptionResolver];
