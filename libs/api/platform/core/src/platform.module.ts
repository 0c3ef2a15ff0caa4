import { DynamicModule, Module, Type } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@ascend/platform/config';
import { DatabaseConnection, DatabaseModule } from '@ascend/platform/database';
import { GraphqlModule } from '@ascend/platform/graphql';
import { JobsModule } from '@ascend/platform/jobs';
import { MailModule } from '@ascend/platform/mail';
import { loggerParams, OperationsModule } from '@ascend/platform/operations';
import { TenancyModule } from '@ascend/platform/tenancy';

/** Everything under the domains, listed once: the API, the worker and the test app all start from it. */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, connection: DatabaseConnection): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        MailModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
        DatabaseModule.forRoot(connection),
        GraphqlModule,
        TenancyModule,
        OperationsModule,
        JobsModule.forRoot(),
      ],
    };
  }
}

/** The platform with these domain modules on top. */
export function withPlatform(config: AppConfig, connection: DatabaseConnection, domains: (Type | DynamicModule)[]): DynamicModule {
  @Module({})
  class Root {}
  return { module: Root, imports: [PlatformModule.forRoot(config, connection), ...domains] };
}
