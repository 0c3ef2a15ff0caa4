import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TOKEN = new RegExp(`^(${UUID})\\.(${UUID})\\.([A-Za-z0-9_-]{43})$`);

export interface RegistrationRef {
  practiceId: string;
  registrationId: string;
}

/**
 * The links in a registrant's mails (manage, cancel, calendar) carry a token signed with the server's key: the
 * practice, the registration and an HMAC of both. Nothing is stored, a changed character fails the check, and a
 * registration that is gone answers like a bad link.
 */
@Injectable()
export class RegistrationLinks {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  token({ practiceId, registrationId }: RegistrationRef): string {
    return `${practiceId}.${registrationId}.${this.signature(practiceId, registrationId)}`;
  }

  /** The registration a token names, or undefined when it is malformed or its signature does not match. */
  read(token: string): RegistrationRef | undefined {
    const match = TOKEN.exec(token.trim());
    if (!match) return undefined;
    const [, practiceId, registrationId, signature] = match;
    const expected = Buffer.from(this.signature(practiceId, registrationId));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) ? { practiceId, registrationId } : undefined;
  }

  manageUrl(practiceSlug: string, ref: RegistrationRef): string {
    return `${this.config.publicUrl}/p/${practiceSlug}/registrations/${this.token(ref)}`;
  }

  calendarUrl(ref: RegistrationRef): string {
    return `${this.config.publicUrl}/calendar/registrations/${this.token(ref)}.ics`;
  }

  private signature(practiceId: string, registrationId: string): string {
    return createHmac('sha256', this.config.auth.jwtSecret).update(`ascend registration link\n${practiceId}\n${registrationId}`).digest('base64url');
  }
}
