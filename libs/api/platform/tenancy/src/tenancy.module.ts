import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { ClsModule } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { GraphqlThrottlerGuard, PostgresThrottlerStorage } from './rate-limit';
import { AccessGuard } from './access.guard';
import { AccessTokens, AccessTokenStrategy } from './access-token';
import { TenantContext } from './tenant-context';
import { TenantDatabase } from './tenant-database';
import { TenantTransactionInterceptor } from './tenant-transaction.interceptor';

@Global()
@Module({
  imports: [
    ClsModule.forRoot({ global: true, middleware: { mount: true } }),
    PassportModule,
    JwtModule.register({}),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource) => ({
        throttlers: [{ name: 'auth', ttl: 15 * 60_000, limit: config.auth.rateLimit }],
        storage: new PostgresThrottlerStorage(dataSource),
      }),
    }),
  ],
  providers: [
    TenantContext,
    TenantDatabase,
    AccessTokens,
    AccessTokenStrategy,
    GraphqlThrottlerGuard,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: TenantTransactionInterceptor },
  ],
  exports: [TenantContext, TenantDatabase, AccessTokens],
})
export class TenancyModule {}
