import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TOKEN = new RegExp(`^(${UUID})\\.(${UUID})\\.([A-Za-z0-9_-]{43})$`);

export interface SubscriberRef {
  practiceId: string;
  subscriberId: string;
}

/** What a link lets its holder do: a confirming link cannot unsubscribe, nor the other way round. */
export type SubscriberLinkPurpose = 'confirm' | 'unsubscribe';

/**
 * The links in a subscriber's mails carry a token signed with the server's key: the practice, the subscriber, and
 * an HMAC of both and of the link's purpose. Nothing is stored; a changed character, another practice's id or the
 * other purpose fails the check.
 */
@Injectable()
export class SubscriberLinks {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  token(purpose: SubscriberLinkPurpose, { practiceId, subscriberId }: SubscriberRef): string {
    return `${practiceId}.${subscriberId}.${this.signature(purpose, practiceId, subscriberId)}`;
  }

  /** The subscriber a token names, or undefined when it is malformed or not signed for this purpose. */
  read(purpose: SubscriberLinkPurpose, token: string): SubscriberRef | undefined {
    const match = TOKEN.exec(token.trim());
    if (!match) return undefined;
    const [, practiceId, subscriberId, signature] = match;
    const expected = Buffer.from(this.signature(purpose, practiceId, subscriberId));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) ? { practiceId, subscriberId } : undefined;
  }

  /** The page that asks the subscriber to confirm (the confirming itself is a POST from it). */
  confirmUrl(ref: SubscriberRef): string {
    return `${this.config.publicUrl}/newsletter/confirm?token=${this.token('confirm', ref)}`;
  }

  /** The footer link: the page unsubscribes as it opens. */
  unsubscribeUrl(ref: SubscriberRef): string {
    return `${this.config.publicUrl}/newsletter/unsubscribe?token=${this.token('unsubscribe', ref)}`;
  }

  /** RFC 8058 one-click target for List-Unsubscribe / List-Unsubscribe-Post. */
  oneClickUrl(ref: SubscriberRef): string {
    return `${this.config.publicUrl}/newsletter/unsubscribe/${this.token('unsubscribe', ref)}`;
  }

  private signature(purpose: SubscriberLinkPurpose, practiceId: string, subscriberId: string): string {
    return createHmac('sha256', this.config.auth.jwtSecret).update(`newsletter-${purpose}:${practiceId}:${subscriberId}`).digest('base64url');
  }
}
