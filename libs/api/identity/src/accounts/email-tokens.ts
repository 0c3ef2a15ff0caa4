import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { hashSecretToken, newSecretToken } from '../sessions/secret-token';

export type EmailTokenPurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD';

export const EMAIL_TOKEN_HOURS: Record<EmailTokenPurpose, number> = { VERIFY_EMAIL: 48, RESET_PASSWORD: 1 };

/** Single-use, expiring tokens sent by email; only their hashes are stored. */
@Injectable()
export class EmailTokens {
  constructor(private readonly db: TenantDatabase) {}

  /** Issues a new token; earlier unused ones of the same purpose stop working. The caller acts as the person. */
  async issue(userId: string, purpose: EmailTokenPurpose): Promise<string> {
    const { token, hash } = newSecretToken();
    await this.db.manager.query(`update email_token set used_at = now() where user_id = $1 and purpose = $2 and used_at is null`, [userId, purpose]);
    await this.db.manager.query(
      `insert into email_token (user_id, purpose, token_hash, expires_at) values ($1, $2, $3, now() + make_interval(hours => $4))`,
      [userId, purpose, hash, EMAIL_TOKEN_HOURS[purpose]],
    );
    return token;
  }

  /**
   * Spends a token, returning its user, or null when it is unknown, used, expired or for another purpose. The
   * link proves who follows it: from here on the operation acts as its person.
   */
  async consume(token: string, purpose: EmailTokenPurpose): Promise<string | null> {
    const [owner]: { user_id: string }[] = await this.db.manager.query('select user_id from app_email_token_by_hash($1)', [hashSecretToken(token)]);
    if (!owner) return null;
    this.db.actAs({ userId: owner.user_id });
    const [rows]: [{ user_id: string }[], number] = await this.db.manager.query(
      `update email_token set used_at = now()
        where token_hash = $1 and purpose = $2 and used_at is null and expires_at > now()
        returning user_id`,
      [hashSecretToken(token), purpose],
    );
    return rows[0]?.user_id ?? null;
  }
}
