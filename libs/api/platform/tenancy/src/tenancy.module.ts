import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AttemptLimiter } from './rate-limit';
import { SendAllowances } from './send-allowance';
import { AccessGuard } from './access.guard';
import { AccessTokens, AccessTokenStrategy } from './access-token';
import { ClientAccess } from './client-access';
import { Entitlements } from './entitlements';
import { Loaders } from './loaders';
import { OperationTransactionPlugin } from './operation-transaction.plugin';
import { RequestContextModule } from './request-context';
import { TenantContext } from './tenant-context';
import { TenantDatabase } from './tenant-database';

@Global()
@Module({
  imports: [RequestContextModule, PassportModule, JwtModule.register({})],
  providers: [
    TenantContext,
    TenantDatabase,
    Loaders,
    AccessTokens,
    AccessTokenStrategy,
    AttemptLimiter,
    SendAllowances,
    ClientAccess,
    Entitlements,
    OperationTransactionPlugin,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TenantContext, TenantDatabase, Loaders, AccessTokens, SendAllowances, ClientAccess, Entitlements],
})
export class TenancyModule {}
