import { Injectable } from '@nestjs/common';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { hashPassword } from '../people/password-hasher';
import { normaliseEmail, passwordProblem } from '../people/password-rules';
import { User } from '../people/user.entity';
import { Account } from '../sessions/session.models';
import { EmailTokens } from './email-tokens';
import { IdentityMail } from './identity-mail';

@Injectable()
export class AccountService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly tokens: EmailTokens,
    private readonly mail: IdentityMail,
  ) {}

  async sendVerification(userId: string): Promise<void> {
    const user = await this.db.manager.findOneByOrFail(User, { id: userId });
    if (user.emailVerifiedAt) return;
    await this.mail.verifyEmail(user.email, user.name, await this.tokens.issue(user.id, 'VERIFY_EMAIL'));
  }

  async verifyEmail(token: string): Promise<Account> {
    const userId = await this.tokens.consume(token, 'VERIFY_EMAIL');
    if (!userId) throw new DomainError('NOT_FOUND', 'This confirmation link is invalid, used or expired: ask for a new one', [{ field: 'token', message: 'is invalid, used or expired' }]);
    await this.db.manager.query(`update app_user set email_verified_at = coalesce(email_verified_at, now()), updated_at = now() where id = $1`, [userId]);
    const user = await this.db.manager.findOneByOrFail(User, { id: userId });
    return { id: user.id, email: user.email, name: user.name, emailVerified: true, isOperator: user.isOperator };
  }

  /** Sends a reset link when the email has an account; the answer is the same either way. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.db.manager.findOneBy(User, { email: normaliseEmail(email) });
    if (!user) return;
    await this.mail.resetPassword(user.email, user.name, await this.tokens.issue(user.id, 'RESET_PASSWORD'));
  }

  /** Sets a new password and ends every session of the account, in case the old password leaked. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const userId = await this.tokens.consume(token, 'RESET_PASSWORD');
    if (!userId) throw new DomainError('NOT_FOUND', 'This reset link is invalid, used or expired: ask for a new one', [{ field: 'input.token', message: 'is invalid, used or expired' }]);
    const user = await this.db.manager.findOneByOrFail(User, { id: userId });
    const problem = passwordProblem(newPassword, { email: user.email, name: user.name });
    if (problem) throw new InvalidInputError([{ field: 'input.newPassword', message: problem }]);
    await this.db.manager.query(
      `update app_user set password_hash = $2, email_verified_at = coalesce(email_verified_at, now()), updated_at = now() where id = $1`,
      [userId, await hashPassword(newPassword)],
    );
    await this.db.manager.query(`update refresh_token set revoked_at = now() where user_id = $1 and revoked_at is null`, [userId]);
  }
}
