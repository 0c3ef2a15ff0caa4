import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { loadConfig } from '@ascend/platform/config';
import { AccessGuard } from './access.guard';
import { AccessTokenStrategy } from './access-token';
import { Public, Roles } from './policy';
import type { AttemptLimiter } from './rate-limit';
import { isRole } from './roles';
import type { TenantContext } from './tenant-context';
import type { TenantDatabase } from './tenant-database';

class Operations {
  @Public()
  open() {}

  @Roles('OWNER')
  ownersOnly() {}

  undeclared() {}
}

function httpCall(handler: keyof Operations, headers: Record<string, string> = {}): ExecutionContext {
  const request = { headers, ip: '127.0.0.1' };
  return {
    getType: () => 'http',
    getHandler: () => Operations.prototype[handler],
    getClass: () => Operations,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({}) }),
  } as unknown as ExecutionContext;
}

function graphqlCall(handler: keyof Operations): ExecutionContext {
  return { ...httpCall(handler), getType: () => 'graphql', getArgs: () => [{}, {}, { req: { headers: {}, ip: '127.0.0.1' } }, {}] } as unknown as ExecutionContext;
}

describe('the access guard', () => {
  const context = { identity: {}, set: jest.fn(), remember: (_key: string, make: () => unknown) => make() } as unknown as TenantContext;
  const db = { enter: jest.fn() } as unknown as TenantDatabase;
  const limiter = { countPerson: jest.fn() } as unknown as AttemptLimiter;
  const guard = new AccessGuard(new Reflector(), context, db, limiter);
  // Registers the bearer-token strategy with passport, as the module does.
  new AccessTokenStrategy(loadConfig({ NODE_ENV: 'test' }));

  it('lets public operations through without a token', async () => {
    await expect(guard.canActivate(httpCall('open'))).resolves.toBe(true);
  });

  it('refuses a GraphQL operation that declares no policy, naming why', async () => {
    await expect(guard.canActivate(graphqlCall('undeclared'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'This operation has no access policy and is refused',
    });
  });

  it('asks for a sign-in before looking at the practice', async () => {
    await expect(guard.canActivate(httpCall('ownersOnly'))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(db.enter).not.toHaveBeenCalled();
  });
});

describe('roles', () => {
  it.each(['OWNER', 'ADMIN', 'COACH', 'CLIENT'])('knows %s', (role) => expect(isRole(role)).toBe(true));
  it.each(['owner', 'GUEST', '', null])('rejects %j', (role) => expect(isRole(role)).toBe(false));
});
