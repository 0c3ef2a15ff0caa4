/** "21 Nov 2026" in the reader's locale and time zone. */
export function formatDate(iso: string, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** "21 Nov 2026, 14:05" in the reader's locale and time zone. */
export function formatDateTime(iso: string, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** A calendar date ('2026-11-16': a week's Monday, a due date) as "16 Nov 2026", never shifted by the reader's zone. */
export function formatDay(day: string, locale?: string): string {
  return formatDate(`${day}T00:00:00Z`, locale, 'UTC');
}

/** Today's date (YYYY-MM-DD) on this device's calendar: the reader's own day, for date inputs. */
export function todayOnThisDevice(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
