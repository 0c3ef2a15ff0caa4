import { Injectable } from '@nestjs/common';

/** The time masterclass rules read; tests replace it to stand before or after a start or a deadline. */
@Injectable()
export class EventsClock {
  now(): Date {
    return new Date();
  }
}
