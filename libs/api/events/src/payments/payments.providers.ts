import type { Provider } from '@nestjs/common';
import { HoldExpiry, SeatPayments } from './seat-payments';

/** Seats held for payment: the seam billing completes, and the expiry of unpaid holds. */
export const paymentProviders: Provider[] = [SeatPayments, HoldExpiry];
