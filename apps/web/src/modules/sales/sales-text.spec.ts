import { centsOf, lengthText, majorUnits, moneyText, priceText } from './sales-text';

describe('money in words', () => {
  it('writes the currency code and the amount in major units, with cents only when there are some', () => {
    expect(moneyText(480000, 'usd', 'en-US')).toBe('USD 4,800');
    expect(moneyText(480050, 'eur', 'en-US')).toBe('EUR 4,800.50');
    expect(moneyText(0, 'gbp', 'en-US')).toBe('GBP 0');
  });

  it('says how a package is paid', () => {
    expect(priceText({ priceCents: 480000, currency: 'usd', billing: 'ONE_TIME', months: 12 }, 'en-US')).toBe('USD 4,800 once');
    expect(priceText({ priceCents: 40000, currency: 'usd', billing: 'MONTHLY', months: 12 }, 'en-US')).toBe('USD 400 a month for 12 months');
    expect(priceText({ priceCents: 40000, currency: 'cad', billing: 'MONTHLY', months: 1 }, 'en-US')).toBe('CAD 400 a month for 1 month');
    expect(lengthText(6)).toBe('Runs 6 months');
  });
});

describe('an amount typed in major units', () => {
  it.each([
    ['4800', 480000],
    ['4,800', 480000],
    ['1,250,000.5', 125000050],
    ['4800.50', 480050],
    ['4800,50', 480050],
    [' 400 ', 40000],
    ['0.01', 1],
  ])('reads %p as %p cents', (typed, cents) => {
    expect(centsOf(typed)).toBe(cents);
  });

  it.each(['', '0', '-5', 'a lot', '4.800,00', '12.345', '1e3'])('refuses %p', (typed) => {
    expect(centsOf(typed)).toBeNull();
  });

  it('writes cents back as they would be typed', () => {
    expect(majorUnits(480000)).toBe('4800');
    expect(majorUnits(480050)).toBe('4800.50');
  });
});
