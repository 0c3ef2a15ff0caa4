export * from './errors';
export * from './format-error';
export * from './graphql.module';
export * from './validation';
export * from './unexpected-error';
