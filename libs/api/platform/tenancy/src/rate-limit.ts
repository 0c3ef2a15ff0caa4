import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, SetMetadata, UseInterceptors, applyDecorators } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ClsService } from 'nestjs-cls';
import { catchError, Observable, throwError } from 'rxjs';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError } from '@ascend/platform/graphql';
import { ADD_TO_COUNTER, ADD_TO_TWO_COUNTERS, Counted, waitingTime } from './counters';
import { RATE_LIMITED, RunsAlone } from './policy';
import { requestOf } from './request-of';
import { TenantDatabase } from './tenant-database';

const WINDOW_MS = 15 * 60_000;
/** A failed attempt (wrong password, dead link, bad input) weighs this many successful ones. */
export const FAILED_ATTEMPT_WEIGHT = 4;

interface AttemptKey {
  key: string;
  /** Who is refused, in the words of the refusal: "from this address", "for this account". */
  whom: string;
}

/** The keys a request's attempt was counted under, kept in its context for the failure's extra weight. */
const COUNTED = Symbol('ascend:counted-attempt');

/**
 * Limits attempts at an operation per client address and, where the operation names an account by email, per
 * account, so one address cannot guess many passwords and many addresses cannot guess one. A signed-in operation
 * (changing the password, deleting the account) counts per person instead, across all of them: whoever holds a
 * session may guess only that account's password, from any address. Each attempt counts once before it runs,
 * committed on its own, so racing attempts all count (a signed-in one is counted by the access check, before the
 * operation's transaction begins); a failed one then adds the rest of its weight, kept although the operation
 * rolls back. Behind a proxy the address is the one TRUST_PROXY believes.
 */
@Injectable()
export class AttemptLimiter implements NestInterceptor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cls: ClsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The access check's call for a signed-in operation, before it enters the person: counts and refuses. */
  async countPerson(userId: string): Promise<void> {
    await this.count([{ key: `person:${userId}`, whom: 'for this account' }]);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    // Counted already when the access check counted a signed-in attempt per person.
    const keys = this.cls.get<AttemptKey[] | undefined>(COUNTED) ?? (await this.count(attemptKeys(context)));
    const limit = this.config.auth.rateLimit;
    return next.handle().pipe(
      catchError((error: unknown) => {
        this.db.afterRollback({}, async () => {
          for (const { key } of keys) await this.db.manager.query(ADD_TO_COUNTER, [key, FAILED_ATTEMPT_WEIGHT - 1, WINDOW_MS, limit]);
        });
        return throwError(() => error);
      }),
    );
  }

  private async count(keys: AttemptKey[]): Promise<AttemptKey[]> {
    const limit = this.config.auth.rateLimit;
    // Both keys in one statement: one pooled connection and one round trip instead of two.
    const [first, second] = keys;
    const counts = await this.db.autocommit<Counted[]>(
      second ? ADD_TO_TWO_COUNTERS : ADD_TO_COUNTER,
      second ? [first.key, 1, WINDOW_MS, limit, second.key] : [first.key, 1, WINDOW_MS, limit],
    );
    this.cls.set(COUNTED, keys);
    for (const { key, whom } of keys) {
      const counted = counts.find((c) => c.key === key);
      if (counted?.blocked) throw new DomainError('TOO_MANY_REQUESTS', `Too many attempts ${whom}: try again in ${waitingTime(counted.seconds_blocked)}`);
    }
    return keys;
  }
}

function attemptKeys(context: ExecutionContext): AttemptKey[] {
  const operation = context.getHandler().name;
  const keys = [{ key: `ip:${operation}:${requestOf(context).ip ?? 'unknown'}`, whom: 'from this address' }];
  const args = GqlExecutionContext.create(context).getArgs<{ email?: unknown; input?: { email?: unknown } }>();
  const email = args.input?.email ?? args.email;
  if (typeof email === 'string' && email.trim()) {
    // Hashed: the counter's key holds no address, and any text (however long or odd) makes a valid key.
    const account = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
    keys.push({ key: `account:${operation}:${account}`, whom: 'for this account' });
  }
  return keys;
}

/**
 * Limits attempts per client address (and per account, when the operation names one by email), or per person
 * for a signed-in operation; it runs alone.
 */
export const RateLimited = () => applyDecorators(RunsAlone(), SetMetadata(RATE_LIMITED, true), UseInterceptors(AttemptLimiter));
