import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

export interface DatabaseConnection {
  /** The application role's connection: the only one the running API uses. */
  appUrl: string;
  poolSize: number;
}

@Module({})
export class DatabaseModule {
  static forRoot(connection: DatabaseConnection): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: connection.appUrl,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          extra: { max: connection.poolSize, connectionTimeoutMillis: 10_000 },
          retryAttempts: 0,
          logging: false,
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
