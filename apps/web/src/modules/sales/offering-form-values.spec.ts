import { createInputOf, newOfferingValues, updateInputOf, valuesOf } from './offering-form-values';
import { offeringData } from './sales-fixtures';
import type { SalesOffering } from './use-offerings';

const typed = { ...newOfferingValues(), title: ' Leadership accelerator ', price: '4,800', months: '12' };

describe('a package form’s input', () => {
  it('sends the price in cents and leaves an empty address and coach to the API', () => {
    expect(createInputOf(typed)).toEqual({
      input: { title: 'Leadership accelerator', description: '', priceCents: 480000, currency: 'usd', billing: 'ONE_TIME', months: 12 },
    });
    expect(createInputOf({ ...typed, slug: ' accelerator ', coachUserId: 'u-tomas' })).toMatchObject({ input: { slug: 'accelerator', coachUserId: 'u-tomas' } });
  });

  it('names each field it cannot send', () => {
    expect(createInputOf({ ...typed, title: ' ', price: 'free', months: '1.5' })).toEqual({
      problems: { title: 'Enter a title', price: 'Enter the price, e.g. 4800 or 400.50', months: 'Enter a whole number of months, at least 1' },
    });
    expect(updateInputOf('off-1', { ...typed, months: '0' })).toEqual({ problems: { months: 'Enter a whole number of months, at least 1' } });
  });

  it('sends a saved package’s changes without what is fixed once sold, and no coach as null', () => {
    const values = valuesOf(offeringData() as SalesOffering);
    expect(values).toMatchObject({ price: '4800', months: '12', coachUserId: 'u-maren', currency: 'usd', slug: 'leadership-accelerator' });
    expect(updateInputOf('off-1', { ...values, price: '5200.5', coachUserId: '' })).toEqual({
      input: { id: 'off-1', title: '12-month leadership accelerator', description: 'Twelve months of **fortnightly** sessions.', priceCents: 520050, months: 12, coachUserId: null },
    });
  });
});
