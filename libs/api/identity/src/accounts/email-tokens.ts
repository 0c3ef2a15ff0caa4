import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { hashSecretToken, newSecretToken } from '../sessions/secret-token';

export type EmailTokenPurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD' | 'CHANGE_EMAIL';

export const EMAIL_TOKEN_PURPOSES: readonly EmailTokenPurpose[] = ['VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL'];

export const EMAIL_TOKEN_HOURS: Record<EmailTokenPurpose, number> = { VERIFY_EMAIL: 48, RESET_PASSWORD: 1, CHANGE_EMAIL: 48 };

/** A link that was followed: whose it was and, for a change of address, the address it confirms. */
export interface SpentEmailToken {
  userId: string;
  newEmail: string | null;
}

const LIVE = 'used_at is null and expires_at > now()';

/** Single-use, expiring tokens sent by email; only their hashes are stored. */
@Injectable()
export class EmailTokens {
  constructor(private readonly db: TenantDatabase) {}

  /** Issues a new token; earlier unused ones of the same purpose stop working. The caller acts as the person. */
  async issue(userId: string, purpose: Exclude<EmailTokenPurpose, 'CHANGE_EMAIL'>): Promise<string> {
    const { token, hash } = newSecretToken();
    await this.retire(userId, purpose);
    await this.db.manager.query(
      `insert into email_token (user_id, purpose, token_hash, expires_at) values ($1, $2, $3, now() + make_interval(hours => $4))`,
      [userId, purpose, hash, EMAIL_TOKEN_HOURS[purpose]],
    );
    return token;
  }

  /**
   * Records a change of address waiting for its link (an earlier one stops working). The link is minted when its
   * mail is sent, by a job: until then no token anyone holds matches. The caller acts as the person.
   */
  async awaitEmailChange(userId: string, newEmail: string): Promise<void> {
    await this.retire(userId, 'CHANGE_EMAIL');
    await this.db.manager.query(
      `insert into email_token (user_id, purpose, token_hash, expires_at, new_email)
       values ($1, 'CHANGE_EMAIL', $2, now() + make_interval(hours => $3), $4)`,
      [userId, newSecretToken().hash, EMAIL_TOKEN_HOURS.CHANGE_EMAIL, newEmail],
    );
  }

  /** The address a live change waits for, or null. The caller acts as the person. */
  async pendingEmailChange(userId: string): Promise<string | null> {
    const [row]: { new_email: string }[] = await this.db.manager.query(
      `select new_email from email_token where user_id = $1 and purpose = 'CHANGE_EMAIL' and ${LIVE} order by created_at desc limit 1`,
      [userId],
    );
    return row?.new_email ?? null;
  }

  /** A fresh link for the live change of address (a link minted before stops working), or null when none is live. */
  async mintEmailChange(userId: string): Promise<string | null> {
    const { token, hash } = newSecretToken();
    const [rows]: [unknown[], number] = await this.db.manager.query(
      `update email_token set token_hash = $2 where user_id = $1 and purpose = 'CHANGE_EMAIL' and ${LIVE} returning id`,
      [userId, hash],
    );
    return rows.length ? token : null;
  }

  /** Unused links of this purpose (every purpose when none is named) stop working. The caller acts as the person. */
  async retire(userId: string, purpose?: EmailTokenPurpose): Promise<void> {
    await this.db.manager.query(`update email_token set used_at = now() where user_id = $1 and ($2::text is null or purpose = $2) and used_at is null`, [
      userId,
      purpose ?? null,
    ]);
  }

  /**
   * Spends a token, returning its user, or null when it is unknown, used, expired or for another purpose. The
   * link proves who follows it: from here on the operation acts as its person.
   */
  async consume(token: string, purpose: EmailTokenPurpose): Promise<SpentEmailToken | null> {
    if (!(await this.actAsOwnerOf(token))) return null;
    const [rows]: [{ user_id: string; new_email: string | null }[], number] = await this.db.manager.query(
      `update email_token set used_at = now() where token_hash = $1 and purpose = $2 and ${LIVE} returning user_id, new_email`,
      [hashSecretToken(token), purpose],
    );
    return rows[0] ? { userId: rows[0].user_id, newEmail: rows[0].new_email } : null;
  }

  /**
   * Whether a link would still work, without spending it. Acts as its person to read it, so the operation that
   * asks must run alone.
   */
  async isLive(token: string, purpose: EmailTokenPurpose): Promise<boolean> {
    if (!(await this.actAsOwnerOf(token))) return false;
    const rows: unknown[] = await this.db.manager.query(`select 1 from email_token where token_hash = $1 and purpose = $2 and ${LIVE}`, [
      hashSecretToken(token),
      purpose,
    ]);
    return rows.length > 0;
  }

  private async actAsOwnerOf(token: string): Promise<boolean> {
    const [owner]: { user_id: string }[] = await this.db.manager.query('select user_id from app_email_token_by_hash($1)', [hashSecretToken(token)]);
    if (owner) this.db.actAs({ userId: owner.user_id });
    return Boolean(owner);
  }
}
