import type { MasterclassInput } from '@ascend/web/data-access';
import { minorDigits, zoneName } from './masterclass-labels';
import type { CoachMasterclass } from './use-masterclasses';
import { instantOf, isWallClock, wallClockAt } from './zoned-time';

/** The form as typed: dates and times on the clocks of the presenting zone, amounts in the currency's units. */
export type MasterclassFormValues = {
  title: string;
  slug: string;
  description: string;
  startDate: string;
  startTime: string;
  durationMinutes: string;
  timeZone: string;
  capacity: string;
  admission: 'COMPLIMENTARY' | 'PAID';
  price: string;
  currency: string;
  deadlineDate: string;
  deadlineTime: string;
  joinUrl: string;
  replayUrl: string;
  hostUserId: string;
};

export type MasterclassField = keyof MasterclassFormValues;

/** Where the API's field names land in the form (a start goes under its date, a price under its amount). */
export const fieldsByApiName = {
  'input.title': 'title',
  'input.slug': 'slug',
  'input.description': 'description',
  'input.startsAt': 'startDate',
  'input.durationMinutes': 'durationMinutes',
  'input.timeZone': 'timeZone',
  'input.capacity': 'capacity',
  'input.price': 'price',
  'input.price.amountCents': 'price',
  'input.price.currency': 'currency',
  'input.registrationDeadline': 'deadlineDate',
  'input.joinUrl': 'joinUrl',
  'input.replayUrl': 'replayUrl',
  'input.hostUserId': 'hostUserId',
} as const satisfies Record<string, MasterclassField>;

export function newMasterclassValues(timeZone: string, hostUserId: string): MasterclassFormValues {
  return {
    title: '',
    slug: '',
    description: '',
    startDate: '',
    startTime: '',
    durationMinutes: '60',
    timeZone,
    capacity: '30',
    admission: 'COMPLIMENTARY',
    price: '',
    currency: 'EUR',
    deadlineDate: '',
    deadlineTime: '',
    joinUrl: '',
    replayUrl: '',
    hostUserId,
  };
}

/** A saved masterclass back in the form; a deadline at the start (the default) is left empty, so it follows the start. */
export function valuesOf(masterclass: CoachMasterclass): MasterclassFormValues {
  const start = wallClockAt(masterclass.startsAt, masterclass.timeZone);
  const deadlineAtStart = Date.parse(masterclass.registrationDeadline) === Date.parse(masterclass.startsAt);
  const deadline = deadlineAtStart ? { date: '', time: '' } : wallClockAt(masterclass.registrationDeadline, masterclass.timeZone);
  const price = masterclass.price;
  return {
    title: masterclass.title,
    slug: masterclass.slug,
    description: masterclass.description,
    startDate: start.date,
    startTime: start.time,
    durationMinutes: String(masterclass.durationMinutes),
    timeZone: masterclass.timeZone,
    capacity: String(masterclass.capacity),
    admission: price ? 'PAID' : 'COMPLIMENTARY',
    price: price ? (price.amountCents / 10 ** minorDigits(price.currency)).toFixed(minorDigits(price.currency)) : '',
    currency: price?.currency ?? 'EUR',
    deadlineDate: deadline.date,
    deadlineTime: deadline.time,
    joinUrl: masterclass.joinUrl,
    replayUrl: masterclass.replayUrl,
    hostUserId: masterclass.host?.userId ?? '',
  };
}

export type FormProblems = Partial<Record<MasterclassField, string>>;

/** The instant the clocks of the zone read the date and time, or why there is none. */
export function zonedInstant(date: string, time: string, timeZone: string): Date | string {
  if (!isWallClock({ date, time })) return 'Enter a date and a time';
  const instant = instantOf({ date, time }, timeZone);
  return instant ?? `${time} does not exist on ${date} in ${zoneName(timeZone)}: the clocks go forward then`;
}

function wholeNumber(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) ? value : null;
}

/**
 * The API's input from what was typed, or the problems found before asking it. Empty optional fields are left to the
 * API's defaults: a slug from the title, the deadline at the start, the person creating it as host.
 */
export function inputOf(values: MasterclassFormValues): { input: MasterclassInput } | { problems: FormProblems } {
  const problems: FormProblems = {};
  const startsAt = zonedInstant(values.startDate, values.startTime, values.timeZone);
  if (typeof startsAt === 'string') problems.startDate = startsAt;
  let registrationDeadline: Date | string | null = null;
  if (values.deadlineDate || values.deadlineTime) {
    registrationDeadline = zonedInstant(values.deadlineDate, values.deadlineTime, values.timeZone);
    if (typeof registrationDeadline === 'string') problems.deadlineDate = `${registrationDeadline}, or leave both empty to close at the start`;
  }
  const durationMinutes = wholeNumber(values.durationMinutes);
  if (durationMinutes === null) problems.durationMinutes = 'Enter a whole number of minutes';
  const capacity = wholeNumber(values.capacity);
  if (capacity === null) problems.capacity = 'Enter the number of seats';
  const currency = values.currency.trim().toUpperCase();
  const amount = Number(values.price.trim().replace(',', '.'));
  const paid = values.admission === 'PAID';
  if (paid && (values.price.trim() === '' || !Number.isFinite(amount) || amount <= 0)) problems.price = 'Enter the price, e.g. 25.00';
  if (paid && !/^[A-Z]{3}$/.test(currency)) problems.currency = 'Enter a three-letter currency code, e.g. EUR';
  if (Object.keys(problems).length || typeof startsAt === 'string' || typeof registrationDeadline === 'string') return { problems };

  const slug = values.slug.trim();
  return {
    input: {
      title: values.title.trim(),
      ...(slug ? { slug } : {}),
      description: values.description,
      startsAt: startsAt.toISOString(),
      durationMinutes: durationMinutes as number,
      timeZone: values.timeZone,
      capacity: capacity as number,
      price: paid ? { amountCents: Math.round(amount * 10 ** minorDigits(currency)), currency } : null,
      registrationDeadline: registrationDeadline?.toISOString() ?? null,
      joinUrl: values.joinUrl.trim(),
      replayUrl: values.replayUrl.trim(),
      hostUserId: values.hostUserId || null,
    },
  };
}
