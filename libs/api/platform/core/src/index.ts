export * from './platform.module';
export * from './resolvers-of';
export * from './http';
