import type { OfferingBilling, PurchaseStatus } from '@ascend/web/data-access';

/** The currencies a package can be priced in, as the API stores them (ISO 4217, lower case). */
export const CURRENCIES = ['usd', 'eur', 'gbp', 'cad', 'aud'] as const;

export const billingLabels: Record<OfferingBilling, string> = {
  ONE_TIME: 'One payment',
  MONTHLY: 'Monthly payments',
};

export const purchaseStatusLabels: Record<PurchaseStatus, string> = {
  PENDING: 'Awaiting payment',
  PAID: 'Paid',
  FAILED: 'Payment failed',
  EXPIRED: 'Expired',
  REFUNDED: 'Refunded',
  PARTIALLY_REFUNDED: 'Partly refunded',
};

export const purchaseStatusColors: Record<PurchaseStatus, string> = {
  PENDING: 'yellow',
  PAID: 'teal',
  FAILED: 'red',
  EXPIRED: 'gray',
  REFUNDED: 'grape',
  PARTIALLY_REFUNDED: 'orange',
};

/** "USD 4,800", or "USD 4,800.50" when there are cents: every currency sold here has two minor digits. */
export function moneyText(cents: number, currency: string, locale?: string): string {
  const amount = cents / 100;
  const digits = Number.isInteger(amount) ? 0 : 2;
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: 2 }).format(amount);
  return `${currency.toUpperCase()} ${number}`;
}

function monthsText(months: number): string {
  return months === 1 ? '1 month' : `${months} months`;
}

interface Priced {
  priceCents: number;
  currency: string;
  billing: OfferingBilling;
  months: number;
}

/** "USD 4,800 once" or "USD 400 a month for 12 months". */
export function priceText(offering: Priced, locale?: string): string {
  const money = moneyText(offering.priceCents, offering.currency, locale);
  return offering.billing === 'ONE_TIME' ? `${money} once` : `${money} a month for ${monthsText(offering.months)}`;
}

/** How long a package runs: "Runs 12 months". */
export function lengthText(months: number): string {
  return `Runs ${monthsText(months)}`;
}

/**
 * Cents from an amount typed in major units: "4800", "4,800", "4800.50" or "4800,50". Null for anything else, or
 * for nothing to pay.
 */
export function centsOf(typed: string): number | null {
  const text = typed.trim().replace(/\s/g, '');
  let amount: number;
  if (/^\d+([.,]\d{1,2})?$/.test(text)) amount = Number(text.replace(',', '.'));
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(text)) amount = Number(text.replace(/,/g, ''));
  else return null;
  const cents = Math.round(amount * 100);
  return cents > 0 ? cents : null;
}

/** The amount back in the form, as typed in major units: "4800", "4800.50". */
export function majorUnits(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}
