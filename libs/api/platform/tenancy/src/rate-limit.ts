import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, UseInterceptors, applyDecorators } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { catchError, Observable, throwError } from 'rxjs';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError } from '@ascend/platform/graphql';
import { requestOf } from './access.guard';
import { ADD_TO_COUNTER, ADD_TO_TWO_COUNTERS, Counted, waitingTime } from './counters';
import { RunsAlone } from './policy';
import { TenantDatabase } from './tenant-database';

const WINDOW_MS = 15 * 60_000;
/** A failed attempt (wrong password, dead link, bad input) weighs this many successful ones. */
export const FAILED_ATTEMPT_WEIGHT = 4;

interface AttemptKey {
  key: string;
  /** Who is refused, in the words of the refusal: "from this address", "for this account". */
  whom: string;
}

/**
 * Limits attempts at an operation per client address and, where the operation names an account by email, per
 * account, so one address cannot guess many passwords and many addresses cannot guess one. Each attempt counts
 * once before it runs (committed on its own, so racing attempts all count); a failed one then adds the rest of
 * its weight, kept although the operation rolls back. Behind a proxy the address is the one TRUST_PROXY believes.
 */
@Injectable()
export class AttemptLimiter implements NestInterceptor {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const keys = attemptKeys(context);
    const limit = this.config.auth.rateLimit;
    // Both keys in one statement: one pooled connection and one round trip instead of two.
    const [address, account] = keys;
    const counts = await this.db.autocommit<Counted[]>(
      account ? ADD_TO_TWO_COUNTERS : ADD_TO_COUNTER,
      account ? [address.key, 1, WINDOW_MS, limit, account.key] : [address.key, 1, WINDOW_MS, limit],
    );
    for (const { key, whom } of keys) {
      const counted = counts.find((c) => c.key === key);
      if (counted?.blocked) throw new DomainError('TOO_MANY_REQUESTS', `Too many attempts ${whom}: try again in ${waitingTime(counted.seconds_blocked)}`);
    }
    return next.handle().pipe(
      catchError((error: unknown) => {
        this.db.afterRollback({}, async () => {
          for (const { key } of keys) await this.db.manager.query(ADD_TO_COUNTER, [key, FAILED_ATTEMPT_WEIGHT - 1, WINDOW_MS, limit]);
        });
        return throwError(() => error);
      }),
    );
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

/** Limits attempts per client address (and per account, when the operation names one by email); it runs alone. */
export const RateLimited = () => applyDecorators(RunsAlone(), UseInterceptors(AttemptLimiter));
