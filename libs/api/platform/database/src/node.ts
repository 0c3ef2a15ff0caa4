// The database tools that need no NestJS: Jest's global setup loads this in plain Node, where NestJS's
// ES-module-only packages cannot be required through Jest's transform.
export * from './connection-url';
export * from './embedded-postgres';
export * from './migrate';
export * from './startup';
