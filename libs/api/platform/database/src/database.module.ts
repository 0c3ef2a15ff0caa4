import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StatementLog } from './statement-log';

export interface DatabaseConnection {
  /** The application role's connection: the only one request and job code uses. */
  appUrl: string;
  /** The owner's connection, used only for the job queue's own bookkeeping (its tables are the owner's). */
  ownerUrl: string;
  poolSize: number;
}

/** The connection settings, for modules that open connections of their own (the job queue). */
export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

@Global()
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
          // Pipelined: a statement goes out without waiting for the answer to the one before (TenantTransaction sends
          // BEGIN and the operation's first statement in one write).
          extra: { max: connection.poolSize, connectionTimeoutMillis: 10_000, pipeline: true },
          retryAttempts: 0,
          logger: new StatementLog(),
        }),
      ],
      providers: [{ provide: DATABASE_CONNECTION, useValue: connection }],
      exports: [TypeOrmModule, DATABASE_CONNECTION],
    };
  }
}
