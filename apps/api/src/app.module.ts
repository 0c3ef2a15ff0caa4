import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@ascend/platform/config';
import { DatabaseConnection, DatabaseModule } from '@ascend/platform/database';
import { GraphqlModule } from '@ascend/platform/graphql';
import { MailModule } from '@ascend/platform/mail';
import { loggerParams, OperationsModule } from '@ascend/platform/operations';
import { TenancyModule } from '@ascend/platform/tenancy';
import { IdentityModule } from '@ascend/identity';
import { DemoModule } from '@ascend/demo';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseConnection): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        MailModule.forRoot(config),
        LoggerModule.forRoot(loggerParams(config)),
        DatabaseModule.forRoot(database),
        GraphqlModule,
        TenancyModule,
        OperationsModule,
        IdentityModule,
        DemoModule,
      ],
    };
  }
}
