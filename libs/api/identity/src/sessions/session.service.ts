import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { AccessTokens, TenantDatabase } from '@ascend/platform/tenancy';
import { AccountService } from '../accounts/account.service';
import { AuditTrail } from '../audit/audit-trail';
import { hashPassword, passwordMatches, DECOY_HASH } from '../people/password-hasher';
import { normaliseEmail, passwordProblem } from '../people/password-rules';
import { User } from '../people/user.entity';
import { PracticeService } from '../practices/practice.service';
import { isValidSlug, isValidTimeZone } from '../practices/practice-rules';
import { hashSecretToken, newSecretToken, successorToken } from './secret-token';
import { Session, SignInInput, SignUpInput, Viewer } from './session.models';

const REFRESH_DAYS = 30;
/** Two tabs (or a retried request) refreshing with the same cookie this close together are one refresh. */
const REFRESH_GRACE_SECONDS = 10;

export interface IssuedSession {
  session: Session;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const SIGN_IN_FAILED = 'Email or password is wrong';

interface UserWithPasswordHash {
  id: string;
  password_hash: string;
}
const USER_WITH_PASSWORD_HASH = 'select id, password_hash from app_user where email = $1';

interface ViewerRow {
  id: string;
  email: string;
  name: string;
  email_verified: boolean;
  is_operator: boolean;
  memberships: Viewer['memberships'];
}
const VIEWER = `
  select u.id, u.email, u.name, u.email_verified_at is not null as email_verified, u.is_operator,
         coalesce((select json_agg(json_build_object('practiceId', m.tenant_id, 'practiceSlug', p.slug, 'practiceName', p.name, 'role', m.role)
                                   order by p.name)
                     from membership m join practice_profile p on p.id = m.tenant_id
                    where m.user_id = u.id), '[]') as memberships
    from app_user u where u.id = $1`;

@Injectable()
export class SessionService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly accessTokens: AccessTokens,
    private readonly practices: PracticeService,
    private readonly audit: AuditTrail,
    private readonly accounts: AccountService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
    // Hashed before the first query, so the slow part holds no connection.
    const passwordHash = await hashPassword(input.password);
    const manager = this.db.manager;
    if (await manager.existsBy(User, { email })) {
      throw new DomainError('CONFLICT', 'This email already has an account: sign in instead', [{ field: 'input.email', message: 'already has an account' }]);
    }
    const userId = randomUUID();
    const practiceId = randomUUID();
    await manager.query(`insert into app_user (id, email, name, password_hash) values ($1, $2, $3, $4)`, [userId, email, input.name.trim(), passwordHash]);
    this.db.actAs({ practiceId, userId });
    await this.practices.create({ id: practiceId, slug: input.practiceSlug, name: input.practiceName.trim(), timeZone: input.timeZone }).catch((error) => {
      if (error instanceof DomainError && error.fields[0]?.field === 'slug') {
        throw new DomainError(error.code, error.message, [{ field: 'input.practiceSlug', message: error.fields[0].message }]);
      }
      throw error;
    });
    await manager.query(`insert into membership (tenant_id, user_id, role) values ($1, $2, 'OWNER')`, [practiceId, userId]);
    await this.audit.record(practiceId, { action: 'PRACTICE_CREATED', actorUserId: userId, actorEmail: email, ip });
    await this.accounts.sendVerification(userId);
    return this.start(userId);
  }

  async signIn(input: SignInInput, ip?: string): Promise<IssuedSession> {
    const email = normaliseEmail(input.email);
    // Read on its own before the operation's transaction begins, so the slow hash check holds no connection.
    const [user] = await this.db.autocommit<UserWithPasswordHash[]>(USER_WITH_PASSWORD_HASH, [email]);
    const matches = await passwordMatches(user?.password_hash ?? DECOY_HASH, input.password);
    if (!user || !matches) {
      if (user) {
        // The operation fails, but the attempt stays in the audit trail of the person's practices.
        this.db.afterRollback({ userId: user.id }, () => this.audit.recordSignIn(user.id, { action: 'SIGN_IN_FAILED', actorEmail: email, ip }));
      }
      throw new DomainError('UNAUTHENTICATED', SIGN_IN_FAILED);
    }
    this.db.actAs({ userId: user.id });
    await this.audit.recordSignIn(user.id, { action: 'SIGNED_IN', actorUserId: user.id, actorEmail: email, ip });
    return this.start(user.id);
  }

  /**
   * Rotates the refresh token: each one works once. Its successor is derived from it with a server key, so a
   * refresh racing this one with the same cookie within a few seconds gets the same successor instead of ending
   * the session. Presenting a used token after that means it was copied: the whole family (every token descended
   * from that sign-in) is revoked.
   */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    if (!refreshToken) throw new DomainError('UNAUTHENTICATED', 'No session: sign in');
    const hash = hashSecretToken(refreshToken);
    const successor = successorToken(refreshToken, this.config.auth.jwtSecret);
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected count].
    const [rows]: [{ user_id: string; family_id: string }[], number] = await this.db.manager.query(
      `update refresh_token set used_at = now()
        where token_hash = $1 and used_at is null and revoked_at is null and expires_at > now()
        returning user_id, family_id`,
      [hash],
    );
    if (rows.length > 0) {
      this.db.actAs({ userId: rows[0].user_id });
      return this.issue(rows[0].user_id, rows[0].family_id, successor);
    }
    // The race waited on the row above, so the first refresh's successor is committed by now.
    const [recent]: { user_id: string; family_id: string }[] = await this.db.manager.query(
      `select t.user_id, t.family_id from refresh_token t
        where t.token_hash = $1 and t.revoked_at is null
          and t.used_at > now() - $2 * interval '1 second'
          and exists (select 1 from refresh_token next where next.token_hash = $3 and next.revoked_at is null and next.expires_at > now())`,
      [hash, REFRESH_GRACE_SECONDS, hashSecretToken(successor.token)],
    );
    if (recent) {
      this.db.actAs({ userId: recent.user_id });
      return this.issue(recent.user_id, recent.family_id, { ...successor, recorded: true });
    }
    // A replayed token: the whole family is revoked, and that must hold although this operation fails.
    this.db.afterRollback({}, () =>
      this.db.manager.query(
        `update refresh_token set revoked_at = now()
          where revoked_at is null and family_id = (select family_id from refresh_token where token_hash = $1 and used_at is not null)`,
        [hash],
      ),
    );
    throw new DomainError('UNAUTHENTICATED', 'Your session has ended: sign in again');
  }

  async signOut(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    await this.db.manager.query(
      `update refresh_token set revoked_at = now()
        where revoked_at is null and family_id = (select family_id from refresh_token where token_hash = $1)`,
      [hashSecretToken(refreshToken)],
    );
  }

  /** The person and their memberships in one statement (their own memberships are readable in every practice). */
  async viewer(userId: string): Promise<Viewer> {
    const [row]: ViewerRow[] = await this.db.manager.query(VIEWER, [userId]);
    if (!row) throw new DomainError('UNAUTHENTICATED', 'Your account no longer exists: sign in again');
    return {
      account: { id: row.id, email: row.email, name: row.name, emailVerified: row.email_verified, isOperator: row.is_operator },
      memberships: row.memberships,
    };
  }

  /** A new session (a new refresh-token family) for a person who just proved who they are. */
  start(userId: string): Promise<IssuedSession> {
    return this.issue(userId, randomUUID());
  }

  private async issue(userId: string, familyId: string, refresh: { token: string; recorded?: boolean } = newSecretToken()): Promise<IssuedSession> {
    const refreshExpiresAt = new Date(Date.now() + REFRESH_DAYS * 86_400_000);
    if (!refresh.recorded) {
      await this.db.manager.query(`insert into refresh_token (user_id, family_id, token_hash, expires_at) values ($1, $2, $3, $4)`, [
        userId,
        familyId,
        hashSecretToken(refresh.token),
        refreshExpiresAt,
      ]);
    }
    const access = this.accessTokens.issue(userId, familyId);
    return {
      session: { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, viewer: await this.viewer(userId) },
      refreshToken: refresh.token,
      refreshExpiresAt,
    };
  }
}
