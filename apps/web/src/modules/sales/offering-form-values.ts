import type { CreateOfferingInput, OfferingBilling, UpdateOfferingInput } from '@ascend/web/data-access';
import { centsOf, majorUnits } from './sales-text';
import type { SalesOffering } from './use-offerings';

/** The form as typed: the price in the currency's major units. */
export type OfferingFormValues = {
  title: string;
  slug: string;
  description: string;
  price: string;
  currency: string;
  billing: OfferingBilling;
  months: string;
  coachUserId: string;
};

export type OfferingField = keyof OfferingFormValues;
export type OfferingProblems = Partial<Record<OfferingField, string>>;

/** Where the API's field names land in the form. */
export const offeringFieldsByApiName = {
  'input.title': 'title',
  'input.slug': 'slug',
  'input.description': 'description',
  'input.priceCents': 'price',
  'input.currency': 'currency',
  'input.billing': 'billing',
  'input.months': 'months',
  'input.coachUserId': 'coachUserId',
} as const satisfies Record<string, OfferingField>;

export function newOfferingValues(): OfferingFormValues {
  return { title: '', slug: '', description: '', price: '', currency: 'usd', billing: 'ONE_TIME', months: '12', coachUserId: '' };
}

export function valuesOf(offering: SalesOffering): OfferingFormValues {
  return {
    title: offering.title,
    slug: offering.slug,
    description: offering.description,
    price: majorUnits(offering.priceCents),
    currency: offering.currency,
    billing: offering.billing,
    months: String(offering.months),
    coachUserId: offering.coachUserId ?? '',
  };
}

type Checked = { problems: OfferingProblems } | { priceCents: number; months: number };

/** What can be told before asking the API: a price to pay, a whole number of months. */
function check(values: OfferingFormValues): Checked {
  const problems: OfferingProblems = {};
  if (!values.title.trim()) problems.title = 'Enter a title';
  const priceCents = centsOf(values.price);
  if (priceCents === null) problems.price = 'Enter the price, e.g. 4800 or 400.50';
  const months = Number(values.months.trim());
  if (values.months.trim() === '' || !Number.isInteger(months) || months < 1) problems.months = 'Enter a whole number of months, at least 1';
  return Object.keys(problems).length ? { problems } : { priceCents: priceCents as number, months };
}

/** A new package's input; an empty address is left to the API, which makes one from the title. */
export function createInputOf(values: OfferingFormValues): { input: CreateOfferingInput } | { problems: OfferingProblems } {
  const checked = check(values);
  if ('problems' in checked) return checked;
  const slug = values.slug.trim();
  return {
    input: {
      title: values.title.trim(),
      ...(slug ? { slug } : {}),
      description: values.description,
      priceCents: checked.priceCents,
      currency: values.currency,
      billing: values.billing,
      months: checked.months,
      ...(values.coachUserId ? { coachUserId: values.coachUserId } : {}),
    },
  };
}

/** A saved package's changes; address, currency and billing stay as they were sold. No coach is sent as null: unassigned. */
export function updateInputOf(id: string, values: OfferingFormValues): { input: UpdateOfferingInput } | { problems: OfferingProblems } {
  const checked = check(values);
  if ('problems' in checked) return checked;
  return {
    input: {
      id,
      title: values.title.trim(),
      description: values.description,
      priceCents: checked.priceCents,
      months: checked.months,
      coachUserId: values.coachUserId || null,
    },
  };
}
