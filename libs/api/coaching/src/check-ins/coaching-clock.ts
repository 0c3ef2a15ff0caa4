import { Injectable } from '@nestjs/common';

/** The one source of "now" for week, goal and alert rules, so tests can stand on any day of any week. */
@Injectable()
export class CoachingClock {
  now(): Date {
    return new Date();
  }
}
