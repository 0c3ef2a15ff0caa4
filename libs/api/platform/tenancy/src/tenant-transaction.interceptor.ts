import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { TenantContext } from './tenant-context';
import { TenantDatabase } from './tenant-database';

/**
 * Runs each GraphQL Query and Mutation in one transaction scoped to the caller's practice: a failure anywhere
 * rolls back everything the operation wrote, and row level security sees only that practice.
 * Resolvers return fully mapped models, so no field resolver reaches the database after the transaction ends.
 */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
  ) {}

  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType<string>() !== 'graphql') return next.handle();
    const parent = GqlExecutionContext.create(execution).getInfo().parentType.name;
    if ((parent !== 'Query' && parent !== 'Mutation') || this.db.inTransaction) return next.handle();
    const { practiceId, userId } = this.context.identity;
    return from(this.db.run({ practiceId, userId }, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
