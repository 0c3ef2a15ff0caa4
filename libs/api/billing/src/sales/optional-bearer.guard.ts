import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { requestOf } from '@ascend/platform/tenancy';

/**
 * Public operations are open to anyone, so the access guard reads no token for them. A buyer who is signed in
 * buys as their account, though: this reads the bearer token when one is sent (none, or an invalid one, is a
 * guest: `req.user` stays empty) and the service then checks that its session is still live.
 */
@Injectable()
export class OptionalBearerGuard extends AuthGuard('access-token') {
  override getRequest(context: ExecutionContext) {
    return requestOf(context);
  }

  getResponse(context: ExecutionContext) {
    return GqlExecutionContext.create(context).getContext().res;
  }

  override handleRequest<T>(_error: unknown, user: T): T {
    return user;
  }
}
