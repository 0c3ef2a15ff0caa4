import type { Provider, Type } from '@nestjs/common';
import type { StripeEventConsumer } from '../shared/stripe-event-consumer';
import { OfferingsResolver } from './offerings.resolver';
import { OfferingsService } from './offerings.service';
import { OptionalBearerGuard } from './optional-bearer.guard';
import { PackageCheckout } from './package-checkout';
import { PackageEnrolment } from './package-enrolment';
import { PurchaseLedger } from './purchase-ledger';
import { PurchaseRefunds } from './purchase-refunds';
import { PurchasesService } from './purchases.service';
import { SalesAccounts } from './sales-accounts';
import { SalesEvents } from './sales-events';
import { SalesResolver } from './sales.resolver';
import { SeatCheckout } from './seat-checkout';

/** The practice's own sales through its connected Stripe account. */
export const salesProviders: Provider[] = [
  SalesAccounts,
  OfferingsService,
  PurchaseLedger,
  PurchaseRefunds,
  PurchasesService,
  PackageCheckout,
  SeatCheckout,
  PackageEnrolment,
  OptionalBearerGuard,
  SalesEvents,
  OfferingsResolver,
  SalesResolver,
];
export const salesConsumers: Type<StripeEventConsumer>[] = [SalesEvents];
