import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError } from '@ascend/platform/graphql';
import { AccessTokens, TenantDatabase } from '@ascend/platform/tenancy';
import { AuditTrail } from '../audit/audit-trail';
import { passwordMatches, DECOY_HASH } from '../people/password-hasher';
import { normaliseEmail } from '../people/password-rules';
import { hashSecretToken, newSecretToken, successorToken } from './secret-token';
import { Account, Session, SignInInput, Viewer } from './session.models';

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
// Before anyone is known, an account is found only by its address (row level security shows people their own rows).
const USER_WITH_PASSWORD_HASH = 'select id, password_hash from app_account_by_email($1)';
/** Whose session a refresh token belongs to, whatever its state: the rest of a refresh then acts as that person. */
const SESSION_OF_TOKEN = 'select user_id from app_refresh_token_by_hash($1)';

interface AccountRow {
  id: string;
  email: string;
  name: string;
  email_verified: boolean;
  is_operator: boolean;
  pending_email: string | null;
}
interface ViewerRow extends AccountRow {
  memberships: Viewer['memberships'];
}
// The pending change of address is the live CHANGE_EMAIL link (asking again retires the one before).
const ACCOUNT_COLUMNS = `
  u.id, u.email, u.name, u.email_verified_at is not null as email_verified, u.is_operator,
  (select t.new_email from email_token t
    where t.user_id = u.id and t.purpose = 'CHANGE_EMAIL' and t.used_at is null and t.expires_at > now()
    order by t.created_at desc limit 1) as pending_email`;
const ACCOUNT = `select ${ACCOUNT_COLUMNS} from app_user u where u.id = $1`;
const VIEWER = `
  select ${ACCOUNT_COLUMNS},
         coalesce((select json_agg(json_build_object('practiceId', m.tenant_id, 'practiceSlug', p.slug, 'practiceName', p.name, 'role', m.role)
                                   order by p.name)
                     from membership m join practice_directory p on p.id = m.tenant_id
                    where m.user_id = u.id), '[]') as memberships
    from app_user u where u.id = $1`;

const NO_ACCOUNT = 'Your account no longer exists: sign in again';

function toAccount(row: AccountRow): Account {
  return { id: row.id, email: row.email, name: row.name, emailVerified: row.email_verified, isOperator: row.is_operator, pendingEmail: row.pending_email };
}

@Injectable()
export class SessionService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly accessTokens: AccessTokens,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signIn(input: SignInInput, ip?: string): Promise<IssuedSession> {
    const email = normaliseEmail(input.email);
    // Read on its own before the operation's transaction begins, so the slow hash check holds no connection.
    const [user] = await this.db.autocommit<UserWithPasswordHash[]>(USER_WITH_PASSWORD_HASH, [email]);
    const matches = await passwordMatches(user?.password_hash ?? DECOY_HASH, input.password);
    if (!user || !matches) {
      if (user) {
        // The operation fails, but the attempt stays in the audit trail of the person's practices.
        this.db.afterRollback({ userId: user.id }, () => this.audit.recordForPerson(user.id, { action: 'SIGN_IN_FAILED', actorEmail: email, ip }));
      }
      throw new DomainError('UNAUTHENTICATED', SIGN_IN_FAILED);
    }
    this.db.actAs({ userId: user.id });
    await this.audit.recordForPerson(user.id, { action: 'SIGNED_IN', actorUserId: user.id, actorEmail: email, ip });
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
    const [owner]: { user_id: string }[] = await this.db.manager.query(SESSION_OF_TOKEN, [hash]);
    if (!owner) throw new DomainError('UNAUTHENTICATED', 'Your session has ended: sign in again');
    this.db.actAs({ userId: owner.user_id });
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected count].
    const [rows]: [{ family_id: string }[], number] = await this.db.manager.query(
      `update refresh_token set used_at = now()
        where token_hash = $1 and used_at is null and revoked_at is null and expires_at > now()
        returning family_id`,
      [hash],
    );
    if (rows.length > 0) return this.issue(owner.user_id, rows[0].family_id, successor);
    // The race waited on the row above, so the first refresh's successor is committed by now.
    const [recent]: { family_id: string }[] = await this.db.manager.query(
      `select t.family_id from refresh_token t
        where t.token_hash = $1 and t.revoked_at is null
          and t.used_at > now() - $2 * interval '1 second'
          and exists (select 1 from refresh_token next where next.token_hash = $3 and next.revoked_at is null and next.expires_at > now())`,
      [hash, REFRESH_GRACE_SECONDS, hashSecretToken(successor.token)],
    );
    if (recent) return this.issue(owner.user_id, recent.family_id, { ...successor, recorded: true });
    // A replayed token: the whole family is revoked, and that must hold although this operation fails.
    this.db.afterRollback({ userId: owner.user_id }, () =>
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
    const [owner]: { user_id: string }[] = await this.db.manager.query(SESSION_OF_TOKEN, [hashSecretToken(refreshToken)]);
    if (!owner) return;
    this.db.actAs({ userId: owner.user_id });
    await this.db.manager.query(
      `update refresh_token set revoked_at = now()
        where revoked_at is null and family_id = (select family_id from refresh_token where token_hash = $1)`,
      [hashSecretToken(refreshToken)],
    );
  }

  /** The person and their memberships in one statement (their own memberships are readable in every practice). */
  async viewer(userId: string): Promise<Viewer> {
    const [row]: ViewerRow[] = await this.db.manager.query(VIEWER, [userId]);
    if (!row) throw new DomainError('UNAUTHENTICATED', NO_ACCOUNT);
    return { account: toAccount(row), memberships: row.memberships };
  }

  /** The person's account as it stands in this transaction, pending change of address included; the caller acts as them. */
  async account(userId: string): Promise<Account> {
    const [row]: AccountRow[] = await this.db.manager.query(ACCOUNT, [userId]);
    if (!row) throw new DomainError('UNAUTHENTICATED', NO_ACCOUNT);
    return toAccount(row);
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
