import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { AccessTokens, TenantDatabase } from '@ascend/platform/tenancy';
import { AccountService } from '../accounts/account.service';
import { AuditTrail } from '../audit/audit-trail';
import { hashPassword, passwordMatches, DECOY_HASH } from '../people/password-hasher';
import { normaliseEmail, passwordProblem } from '../people/password-rules';
import { User } from '../people/user.entity';
import { findUserWithPasswordHash } from '../people/user-with-password';
import { PracticeService } from '../practices/practice.service';
import { isValidSlug, isValidTimeZone } from '../practices/practice-rules';
import { hashSecretToken, newSecretToken } from './secret-token';
import { Session, SignInInput, SignUpInput, Viewer } from './session.models';

const REFRESH_DAYS = 30;

export interface IssuedSession {
  session: Session;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const SIGN_IN_FAILED = 'Email or password is wrong';

@Injectable()
export class SessionService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly accessTokens: AccessTokens,
    private readonly practices: PracticeService,
    private readonly audit: AuditTrail,
    private readonly accounts: AccountService,
  ) {}

  /** Creates the person, their practice and their OWNER membership in one transaction: all or nothing. */
  async signUp(input: SignUpInput, ip?: string): Promise<IssuedSession> {
    const email = normaliseEmail(input.email);
    const weakPassword = passwordProblem(input.password, { email, name: input.name });
    const problems = [
      ...(weakPassword ? [{ field: 'input.password', message: weakPassword }] : []),
      ...(isValidSlug(input.practiceSlug) ? [] : [{ field: 'input.practiceSlug', message: 'must be 3-63 lower-case letters, digits and single hyphens' }]),
      ...(isValidTimeZone(input.timeZone) ? [] : [{ field: 'input.timeZone', message: 'must be an IANA time zone such as Europe/London' }]),
    ];
    if (problems.length) throw new InvalidInputError(problems);

    const manager = this.db.manager;
    if (await manager.existsBy(User, { email })) {
      throw new DomainError('CONFLICT', 'This email already has an account: sign in instead', [{ field: 'input.email', message: 'already has an account' }]);
    }
    const userId = randomUUID();
    const practiceId = randomUUID();
    await manager.query(`insert into app_user (id, email, name, password_hash) values ($1, $2, $3, $4)`, [
      userId,
      email,
      input.name.trim(),
      await hashPassword(input.password),
    ]);
    await this.db.switchTenant({ practiceId, userId });
    await this.practices.create({ id: practiceId, slug: input.practiceSlug, name: input.practiceName.trim(), timeZone: input.timeZone }).catch((error) => {
      if (error instanceof DomainError && error.fields[0]?.field === 'slug') {
        throw new DomainError(error.code, error.message, [{ field: 'input.practiceSlug', message: error.fields[0].message }]);
      }
      throw error;
    });
    await manager.query(`insert into membership (tenant_id, user_id, role) values ($1, $2, 'OWNER')`, [practiceId, userId]);
    await this.audit.record(practiceId, { action: 'PRACTICE_CREATED', actorUserId: userId, actorEmail: email, ip });
    const issued = await this.start(userId);
    await this.accounts.sendVerification(userId);
    return issued;
  }

  async signIn(input: SignInInput, ip?: string): Promise<IssuedSession> {
    const email = normaliseEmail(input.email);
    const user = await findUserWithPasswordHash(this.db.manager, email);
    const matches = await passwordMatches(user?.passwordHash ?? DECOY_HASH, input.password);
    if (!user || !matches) {
      if (user) await this.audit.recordForAllPracticesOf(user.id, { action: 'SIGN_IN_FAILED', actorEmail: email, ip });
      throw new DomainError('UNAUTHENTICATED', SIGN_IN_FAILED);
    }
    await this.audit.recordForAllPracticesOf(user.id, { action: 'SIGNED_IN', actorUserId: user.id, actorEmail: email, ip });
    return this.start(user.id);
  }

  /**
   * Rotates the refresh token: each one works once. Presenting one that was already used means it was copied,
   * so the whole family (every token descended from that sign-in) is revoked.
   */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    if (!refreshToken) throw new DomainError('UNAUTHENTICATED', 'No session: sign in');
    const hash = hashSecretToken(refreshToken);
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected count].
    const [rows]: [{ user_id: string; family_id: string; id: string }[], number] = await this.db.manager.query(
      `update refresh_token set used_at = now()
        where token_hash = $1 and used_at is null and revoked_at is null and expires_at > now()
        returning id, user_id, family_id`,
      [hash],
    );
    if (rows.length === 0) {
      await this.db.run({}, (manager) =>
        manager.query(
          `update refresh_token set revoked_at = now()
            where revoked_at is null and family_id = (select family_id from refresh_token where token_hash = $1 and used_at is not null)`,
          [hash],
        ),
      );
      throw new DomainError('UNAUTHENTICATED', 'Your session has ended: sign in again');
    }
    return this.issue(rows[0].user_id, rows[0].family_id);
  }

  async signOut(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    await this.db.manager.query(
      `update refresh_token set revoked_at = now()
        where revoked_at is null and family_id = (select family_id from refresh_token where token_hash = $1)`,
      [hashSecretToken(refreshToken)],
    );
  }

  async viewer(userId: string): Promise<Viewer> {
    await this.db.switchTenant({ userId });
    const user = await this.db.manager.findOneByOrFail(User, { id: userId });
    const memberships: { practice_id: string; slug: string; name: string; role: Viewer['memberships'][number]['role'] }[] =
      await this.db.manager.query(
        `select m.tenant_id as practice_id, p.slug, p.name, m.role
           from membership m join practice p on p.id = m.tenant_id
          where m.user_id = $1
          order by p.name`,
        [userId],
      );
    return {
      account: { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerifiedAt !== null, isOperator: user.isOperator },
      memberships: memberships.map((m) => ({ practiceId: m.practice_id, practiceSlug: m.slug, practiceName: m.name, role: m.role })),
    };
  }

  /** A new session (a new refresh-token family) for a person who just proved who they are. */
  start(userId: string): Promise<IssuedSession> {
    return this.issue(userId, randomUUID());
  }

  private async issue(userId: string, familyId: string): Promise<IssuedSession> {
    const { token, hash } = newSecretToken();
    const refreshExpiresAt = new Date(Date.now() + REFRESH_DAYS * 86_400_000);
    await this.db.manager.query(`insert into refresh_token (user_id, family_id, token_hash, expires_at) values ($1, $2, $3, $4)`, [
      userId,
      familyId,
      hash,
      refreshExpiresAt,
    ]);
    const access = this.accessTokens.issue(userId);
    return {
      session: { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, viewer: await this.viewer(userId) },
      refreshToken: token,
      refreshExpiresAt,
    };
  }
}
