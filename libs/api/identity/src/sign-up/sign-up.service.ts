import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { Jobs } from '@ascend/platform/jobs';
import { SendAllowances, TenantDatabase } from '@ascend/platform/tenancy';
import { AuditTrail } from '../audit/audit-trail';
import { hashPassword } from '../people/password-hasher';
import { normaliseEmail, passwordProblem } from '../people/password-rules';
import { PracticeService } from '../practices/practice.service';
import { isValidSlug, isValidTimeZone } from '../practices/practice-rules';
import { hashSecretToken } from '../sessions/secret-token';
import { IssuedSession, SessionService } from '../sessions/session.service';
import { ConfirmSignUpInput, SignUpInput } from './sign-up.models';
import { SIGN_UP_MAIL } from './sign-up-mail.job';

/** How long a confirmation link works; an unconfirmed sign-up is forgotten after it. */
export const SIGN_UP_HOURS = 48;

const SLUG_RULE = 'must be 3-63 lower-case letters, digits and single hyphens';

interface TakenSignUp {
  email: string;
  name: string;
  password_hash: string;
  practice_name: string;
  practice_slug: string;
  time_zone: string;
}

/**
 * Sign-up in two steps. `start` keeps what the person typed and has a job mail the address; `confirm` (the link)
 * creates the account, the practice and the OWNER membership and signs in. `start` does the same work and answers
 * the same whether or not the address has an account: only its owner learns which, from the mail.
 */
@Injectable()
export class SignUpService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: Jobs,
    private readonly allowances: SendAllowances,
    private readonly practices: PracticeService,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(input: SignUpInput): Promise<void> {
    const email = normaliseEmail(input.email);
    const weakPassword = passwordProblem(input.password, { email, name: input.name });
    const problems = [
      ...(weakPassword ? [{ field: 'input.password', message: weakPassword }] : []),
      ...(isValidSlug(input.practiceSlug) ? [] : [{ field: 'input.practiceSlug', message: SLUG_RULE }]),
      ...(isValidTimeZone(input.timeZone) ? [] : [{ field: 'input.timeZone', message: 'must be an IANA time zone such as Europe/London' }]),
    ];
    if (problems.length) throw new InvalidInputError(problems);
    // Hashed before the first query, so the slow part holds no connection.
    const passwordHash = await hashPassword(input.password);
    // Practice addresses are public (their pages), so saying one is taken tells nothing about any person.
    if (await this.practices.addressTaken(input.practiceSlug)) {
      throw new DomainError('CONFLICT', `The address "${input.practiceSlug}" is already taken`, [{ field: 'input.practiceSlug', message: 'is already taken' }]);
    }
    await this.allowances.spend({
      // Keyed by a hash: the counter table keeps no addresses.
      key: `sign-up:${createHash('sha256').update(email).digest('hex')}`,
      ...this.config.mailLimits.confirmations,
      spent: (limit, window) => `This address can be sent ${limit} sign-up mail${limit === 1 ? '' : 's'} per ${window} (the newest link works)`,
    });
    const id = randomUUID();
    await this.db.manager.query(
      `insert into sign_up (id, email, name, password_hash, practice_name, practice_slug, time_zone, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(hours => $8))`,
      [id, email, input.name.trim(), passwordHash, input.practiceName.trim(), input.practiceSlug, input.timeZone, SIGN_UP_HOURS],
    );
    await this.jobs.enqueue(SIGN_UP_MAIL, { signUpId: id });
  }

  /** The link from the mail: the address is proven, so the account starts confirmed, with its practice and a session. */
  async confirm(input: ConfirmSignUpInput, ip?: string): Promise<IssuedSession> {
    if (input.practiceSlug !== undefined && input.practiceSlug !== null && !isValidSlug(input.practiceSlug)) {
      throw new InvalidInputError([{ field: 'input.practiceSlug', message: SLUG_RULE }]);
    }
    const [taken]: TakenSignUp[] = await this.db.manager.query('select * from app_take_sign_up($1)', [hashSecretToken(input.token)]);
    if (!taken) {
      throw new DomainError('NOT_FOUND', 'This sign-up link is invalid, used or expired: if you confirmed already, sign in; otherwise sign up again', [
        { field: 'input.token', message: 'is invalid, used or expired' },
      ]);
    }
    const userId = randomUUID();
    const practiceId = randomUUID();
    // Acting as the new person and practice: row level security checks that the rows written are theirs.
    this.db.actAs({ practiceId, userId });
    const created: unknown[] = await this.db.manager.query(
      `insert into app_user (id, email, name, password_hash, email_verified_at) values ($1, $2, $3, $4, now())
       on conflict (email) do nothing returning id`,
      [userId, taken.email, taken.name, taken.password_hash],
    );
    if (!created.length) {
      throw new DomainError('CONFLICT', 'This address has had an account since you signed up: sign in instead', [
        { field: 'input.token', message: 'belongs to an address that already has an account' },
      ]);
    }
    const slug = input.practiceSlug ?? taken.practice_slug;
    await this.practices.create({ id: practiceId, slug, name: taken.practice_name, timeZone: taken.time_zone }).catch((error) => {
      if (error instanceof DomainError && error.fields[0]?.field === 'slug') {
        // Rolled back with the rest, so the same link works again with another address.
        throw new DomainError(error.code, `${error.message}: choose another address for your practice`, [{ field: 'input.practiceSlug', message: error.fields[0].message }]);
      }
      throw error;
    });
    await this.db.manager.query(`insert into membership (tenant_id, user_id, role) values ($1, $2, 'OWNER')`, [practiceId, userId]);
    await this.audit.record(practiceId, { action: 'PRACTICE_CREATED', actorUserId: userId, actorEmail: taken.email, ip });
    return this.sessions.start(userId);
  }
}
