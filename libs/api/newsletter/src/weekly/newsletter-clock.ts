import { Injectable } from '@nestjs/common';

/** The time the weekly draft reads (its day and week); tests replace it to stand on a chosen day. */
@Injectable()
export class NewsletterClock {
  now(): Date {
    return new Date();
  }
}
