/** What a masterclass costs, as the public pages word it. */
export interface PriceText {
  amountCents: number;
  currency: string;
}

/** The zone this browser reports, where the visitor reads the time. */
export function visitorTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// A 24-hour clock reads "09:00", a 12-hour one "9:00 AM".
function hourStyle(locale?: string): '2-digit' | 'numeric' {
  const { hourCycle } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  return hourCycle === 'h23' || hourCycle === 'h24' ? '2-digit' : 'numeric';
}

function dayAndTime(instant: Date, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: hourStyle(locale), minute: '2-digit', timeZone }).format(instant);
}

function timeOnly(instant: Date, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: hourStyle(locale), minute: '2-digit', timeZone }).format(instant);
}

function calendarDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(instant);
}

/**
 * "Thu 4 Dec, 18:00 (your time) · 17:00 in Europe/London": the start in the visitor's zone, then in the zone the
 * host presents in, naming that day too when it is another day there. Times shown an hour off are what people
 * remember of booking tools, so both are always written out.
 */
export function masterclassTime(startsAt: string, timeZone: string, options: { locale?: string; visitorZone?: string } = {}): string {
  const { locale, visitorZone = visitorTimeZone() } = options;
  const instant = new Date(startsAt);
  const presenting =
    calendarDay(instant, timeZone) === calendarDay(instant, visitorZone) ? timeOnly(instant, timeZone, locale) : dayAndTime(instant, timeZone, locale);
  return `${dayAndTime(instant, visitorZone, locale)} (your time) · ${presenting} in ${timeZone}`;
}

/** "45 minutes", "1 hour", "1 hour 30 minutes". */
export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hourText = hours === 0 ? '' : hours === 1 ? '1 hour' : `${hours} hours`;
  const minuteText = rest === 0 ? '' : rest === 1 ? '1 minute' : `${rest} minutes`;
  return [hourText, minuteText].filter(Boolean).join(' ');
}

/** "Complimentary", or the price in the reader's locale ("€45.00"). */
export function priceText(price: PriceText | null, locale?: string): string {
  if (!price) return 'Complimentary';
  return new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency }).format(price.amountCents / 100);
}

/** "12 seats left", "1 seat left", or that the waitlist takes new registrations. */
export function seatsText(seatsLeft: number): string {
  if (seatsLeft === 0) return 'Full – join the waitlist';
  return seatsLeft === 1 ? '1 seat left' : `${seatsLeft} seats left`;
}

/** What the registrant agrees to: the API records its own copy of these words with the time (registration.service.ts). */
export function registrationConsentText(practiceName: string): string {
  return `I agree that ${practiceName} may email me about this masterclass and related coaching events. No spam; my details are never sold or shared, and I can ask for them to be deleted at any time.`;
}
