export * from './application-role';
export * from './connection-url';
export * from './database.module';
export * from './embedded-postgres';
export * from './migrate';
export * from './migrations';
export * from './open-database';
export * from './startup';
