import { endsAt } from '../masterclasses/masterclass-rules';

const formats = new Map<string, Intl.DateTimeFormat>();

// One formatter per zone and shape, kept: building them is the costly part.
function format(shape: 'day' | 'clock', timeZone: string): Intl.DateTimeFormat {
  const key = `${shape} ${timeZone}`;
  let found = formats.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      shape === 'day' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    found = new Intl.DateTimeFormat('en-GB', { timeZone, ...options });
    formats.set(key, found);
  }
  return found;
}

const zoneLabel = (timeZone: string) => `(${timeZone.replace(/_/g, ' ')})`;

// "Wednesday 1 July 2026": some ICU versions put a comma after the weekday, others do not.
const dayText = (at: Date, timeZone: string) => format('day', timeZone).format(at).replace(/^(\p{L}+),/u, '$1');

/** "Wednesday 1 July 2026, 18:00–19:00 (Europe/London)", in the zone the masterclass is presented in. */
export function sessionTime(startsAt: Date, durationMinutes: number, timeZone: string): string {
  const end = endsAt(startsAt, durationMinutes);
  const [startDay, endDay] = [dayText(startsAt, timeZone), dayText(end, timeZone)];
  const [from, to] = [format('clock', timeZone).format(startsAt), format('clock', timeZone).format(end)];
  const span = startDay === endDay ? `${startDay}, ${from}–${to}` : `${startDay}, ${from} – ${endDay}, ${to}`;
  return `${span} ${zoneLabel(timeZone)}`;
}

/** "11:30 on Monday 1 June 2026 (Europe/London)". */
export function momentTime(at: Date, timeZone: string): string {
  return `${format('clock', timeZone).format(at)} on ${dayText(at, timeZone)} ${zoneLabel(timeZone)}`;
}

/** "18:30 (Europe/London)": for a moment the reader knows the day of. */
export function clockTime(at: Date, timeZone: string): string {
  return `${format('clock', timeZone).format(at)} ${zoneLabel(timeZone)}`;
}

/** "£25.00", "€40.00". */
export function priceText(amountCents: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(amountCents / 100);
}
