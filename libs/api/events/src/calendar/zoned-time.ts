import { wallClock } from '@ascend/coaching';

/**
 * An instant that ical-generator writes as the wall-clock time of a zone. The library reads a plain Date's
 * fields in the server's own zone, which would put DTSTART;TZID=Europe/London at the server's hour; a date
 * with `withTimeZone` (the shape of @date-fns/tz's TZDate, which it supports) is asked for its fields in the
 * event's zone instead. Only the local-field getters differ from Date: the instant itself is untouched.
 */
export class ZonedTime extends Date {
  readonly internal: Date;

  constructor(
    instant: Date,
    readonly timeZone = 'UTC',
  ) {
    super(instant.getTime());
    this.internal = new Date(instant.getTime());
  }

  withTimeZone(timeZone?: string | null): ZonedTime {
    return new ZonedTime(this.internal, timeZone || 'UTC');
  }

  tzComponents() {
    const { date, hour, minute, second } = wallClock(this.internal, this.timeZone);
    const [year, month, day] = date.split('-').map(Number);
    return { year, month, day, hour, minute, second };
  }

  override getFullYear(): number {
    return this.tzComponents().year;
  }

  override getMonth(): number {
    return this.tzComponents().month - 1;
  }

  override getDate(): number {
    return this.tzComponents().day;
  }

  override getHours(): number {
    return this.tzComponents().hour;
  }

  override getMinutes(): number {
    return this.tzComponents().minute;
  }

  override getSeconds(): number {
    return this.tzComponents().second;
  }
}
