import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { DomainError } from '@ascend/platform/graphql';
import { ACCESS_POLICY, AccessPolicy } from './policy';
import { isRole } from './roles';
import { TenantContext } from './tenant-context';
import { TenantDatabase } from './tenant-database';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const PRACTICE_HEADER = 'x-practice-id';

class BearerTokenGuard extends AuthGuard('access-token') {
  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) throw new DomainError('UNAUTHENTICATED', 'Sign in to do this (your session may have expired)');
    return user;
  }
}

export function requestOf(context: ExecutionContext): Request {
  return context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext().req : context.switchToHttp().getRequest();
}

/**
 * The single gate for every operation: reads its declared policy, checks the bearer token, and for practice
 * operations the caller's membership and role in the practice the request names. Fails closed without a policy.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly bearer = new BearerTokenGuard();

  constructor(
    private readonly reflector: Reflector,
    private readonly context: TenantContext,
    private readonly db: TenantDatabase,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [execution.getHandler(), execution.getClass()]);
    const request = requestOf(execution);
    this.context.set({ ip: request.ip });
    if (execution.getType<string>() !== 'graphql' && !policy) return true; // plain HTTP routes (health, pages) guard themselves
    if (!policy) throw new DomainError('FORBIDDEN', 'This operation has no access policy and is refused');
    if (policy.kind === 'public') return true;

    await this.bearer.canActivate(execution);
    const { userId } = request.user as { userId: string };
    this.context.set({ userId });
    if (policy.kind === 'signed-in') return true;

    const practiceId = request.headers[PRACTICE_HEADER];
    if (typeof practiceId !== 'string' || !UUID.test(practiceId)) {
      throw new DomainError('BAD_USER_INPUT', `Name the practice in the ${PRACTICE_HEADER} header`, [
        { field: PRACTICE_HEADER, message: 'must be the id of a practice you belong to' },
      ]);
    }
    const role = await this.db.run({ practiceId, userId }, async (manager) => {
      const rows: { role: string }[] = await manager.query('select role from membership where tenant_id = $1 and user_id = $2', [practiceId, userId]);
      return rows[0]?.role;
    });
    if (!isRole(role)) throw new DomainError('FORBIDDEN', 'You are not a member of this practice');
    if (!policy.roles.includes(role)) {
      throw new DomainError('FORBIDDEN', `This needs the role ${policy.roles.join(' or ')} in this practice; you are ${role}`);
    }
    this.context.set({ practiceId, role });
    return true;
  }
}
