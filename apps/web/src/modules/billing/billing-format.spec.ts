import { formatDate } from '@ascend/web/ui';
import { formatMoney, limitLines, planPrice, statusInWords, usageColor, usageInWords } from './billing-format';
import { billingData, solo, starter } from './billing-fixtures';

type Billing = Parameters<typeof statusInWords>[0];
const billing = (extra: Record<string, unknown>) => billingData(extra) as unknown as Billing;

describe('billing wording', () => {
  it('formats amounts in the currency’s smallest unit', () => {
    expect(formatMoney(4900, 'usd', 'en-US')).toBe('$49.00');
    expect(formatMoney(1250, 'eur', 'en-US')).toBe('€12.50');
    expect(formatMoney(5000, 'jpy', 'en-US')).toBe('¥5,000');
  });

  it('prices plans per month, without cents when there are none', () => {
    expect(planPrice(solo, 'en-US')).toBe('$49 a month');
    expect(planPrice({ monthlyPriceCents: 4950, currency: 'usd' }, 'en-US')).toBe('$49.50 a month');
    expect(planPrice(starter, 'en-US')).toBe('Free');
  });

  it('lists what a plan allows', () => {
    expect(limitLines(solo.limits)).toEqual(['1 coach', '30 active clients', '2,500 newsletter subscribers', '12,000 newsletter emails a month', 'Paid masterclasses and packages']);
    expect(limitLines(starter.limits)[4]).toBe('No paid masterclasses or packages');
  });

  it('says usage in words and colours it as it nears the limit', () => {
    expect(usageInWords({ limit: 'coaches', used: 3, allowed: 5 })).toBe('3 of 5 coaches');
    expect(usageInWords({ limit: 'emailsPerMonth', used: 1200, allowed: 12000 })).toBe('1,200 of 12,000 newsletter emails this month');
    expect([usageColor(3, 5), usageColor(4, 5), usageColor(5, 5), usageColor(7, 5)]).toEqual(['teal', 'orange', 'orange', 'red']);
  });

  it('words the subscription status, read-only first', () => {
    const day = '2026-12-01T00:00:00.000Z';
    expect(statusInWords(billing({ status: 'ACTIVE', renewsAt: day })).label).toBe(`Active, renews ${formatDate(day)}`);
    expect(statusInWords(billing({ status: 'ACTIVE', cancelsAt: day })).label).toBe(`Cancels on ${formatDate(day)}`);
    expect(statusInWords(billing({ status: 'TRIALING', trialEndsAt: day })).label).toBe(`Trial until ${formatDate(day)}`);
    expect(statusInWords(billing({ status: 'PAST_DUE', graceEndsAt: day })).label).toBe(`Payment overdue: read-only from ${formatDate(day)}`);
    expect(statusInWords(billing({ status: 'UNPAID', graceEndsAt: day, readOnly: true })).label).toBe('Read-only until payment');
    expect(statusInWords(billing({ status: 'CANCELED' })).label).toBe('Subscription ended: Starter limits apply');
  });
});
