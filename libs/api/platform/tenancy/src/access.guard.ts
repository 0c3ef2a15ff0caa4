import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { DomainError } from '@ascend/platform/graphql';
import type { Bearer } from './access-token';
import { ACCESS_POLICY, AccessPolicy, PRACTICE_SUSPENDED, RATE_LIMITED, RUNS_ALONE, STANDING_EXEMPT } from './policy';
import { AttemptLimiter } from './rate-limit';
import { requestOf } from './request-of';
import { rootFieldCount } from './root-fields';
import { TenantContext } from './tenant-context';
import { TenantDatabase } from './tenant-database';
import type { Entered } from './tenant-transaction';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const PRACTICE_HEADER = 'x-practice-id';
/** The request's access check, made by its first guarded field and shared by the others. */
const ACCESS = Symbol('ascend:access');

class BearerTokenGuard extends AuthGuard('access-token') {
  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) throw new DomainError('UNAUTHENTICATED', 'Sign in to do this (your session may have expired)');
    return user;
  }
}

/**
 * The single gate for every operation: reads its declared policy, checks the bearer token and that its session
 * is still live (signed out, ended by a password reset: refused at once), and for practice operations the
 * caller's membership and role in the practice the request names. Fails closed without a policy. The request
 * acts in the practice it names wherever the caller is a member, whichever of its fields asked.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly bearer = new BearerTokenGuard();

  constructor(
    private readonly reflector: Reflector,
    private readonly context: TenantContext,
    private readonly db: TenantDatabase,
    private readonly limiter: AttemptLimiter,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [execution.getHandler(), execution.getClass()]);
    const request = requestOf(execution);
    if (this.context.identity.ip === undefined) this.context.set({ ip: request.ip });
    const graphql = execution.getType<string>() === 'graphql';
    if (!graphql && !policy) return true; // plain HTTP routes (health, pages) guard themselves
    if (!policy) throw new DomainError('FORBIDDEN', 'This operation has no access policy and is refused');
    if (graphql) this.refuseCompany(execution);
    if (policy.kind === 'public') return true;

    const header = request.headers[PRACTICE_HEADER];
    const namedPractice = typeof header === 'string' && UUID.test(header) ? header : undefined;
    // One check per request, however many fields ask: the token, the session behind it and, when the request
    // names a practice, the membership there, in one statement of the operation's transaction.
    const access = await this.context.remember(ACCESS, () => this.enter(execution, request, namedPractice));
    if (!access.live) throw new DomainError('UNAUTHENTICATED', 'Your session has ended: sign in again');
    if (policy.kind === 'signed-in') return true;
    if (policy.kind === 'operator') return this.requireOperator(request);

    if (!namedPractice) {
      throw new DomainError('BAD_USER_INPUT', `Name the practice in the ${PRACTICE_HEADER} header`, [
        { field: PRACTICE_HEADER, message: 'must be the id of a practice you belong to' },
      ]);
    }
    if (!access.role) throw new DomainError('FORBIDDEN', 'You are not a member of this practice');
    if (!policy.roles.includes(access.role)) {
      throw new DomainError('FORBIDDEN', `This needs the role ${policy.roles.join(' or ')} in this practice; you are ${access.role}`);
    }
    this.refuseOutOfStanding(execution, access);
    return true;
  }

  /** A suspended practice does nothing; a read-only one (payment overdue past its grace) changes nothing but its billing. */
  private refuseOutOfStanding(execution: ExecutionContext, { standing }: Entered) {
    if (!standing) return;
    const exempt = this.reflector.get<'read-only' | 'suspended' | undefined>(STANDING_EXEMPT, execution.getHandler());
    if (standing === 'SUSPENDED' && exempt !== 'suspended') {
      throw new DomainError('FORBIDDEN', PRACTICE_SUSPENDED);
    }
    const mutation = execution.getType<string>() === 'graphql' && GqlExecutionContext.create(execution).getInfo<GraphQLResolveInfo>().operation.operation === 'mutation';
    if (standing === 'READ_ONLY' && mutation && !exempt) {
      throw new DomainError('FORBIDDEN', 'This practice is read-only until its overdue payment is made. Nothing has been deleted; an owner or admin can pay on the Billing page.');
    }
  }

  private async requireOperator(request: Request): Promise<boolean> {
    const { userId } = request.user as Bearer;
    const [row]: { is_operator: boolean }[] = await this.db.manager.query('select is_operator from app_user where id = $1', [userId]);
    if (!row?.is_operator) throw new DomainError('FORBIDDEN', 'Only Ascend platform operators may do this');
    return true;
  }

  private async enter(execution: ExecutionContext, request: Request, practiceId: string | undefined): Promise<Entered> {
    await this.bearer.canActivate(execution);
    const { userId, sessionId } = request.user as Bearer;
    // Before the operation's transaction begins: the attempt is committed on its own, whatever follows.
    if (this.reflector.get<boolean | undefined>(RATE_LIMITED, execution.getHandler())) await this.limiter.countPerson(userId);
    const entered = await this.db.enter({ userId, sessionId, practiceId });
    if (entered.live) this.context.set({ sessionId });
    return entered;
  }

  private refuseCompany(execution: ExecutionContext) {
    if (!this.reflector.get<boolean | undefined>(RUNS_ALONE, execution.getHandler())) return;
    const info = GqlExecutionContext.create(execution).getInfo<GraphQLResolveInfo>();
    if (rootFieldCount(info) > 1) {
      throw new DomainError('BAD_USER_INPUT', `${info.fieldName} must be the only field of its request: send it on its own`);
    }
  }
}
