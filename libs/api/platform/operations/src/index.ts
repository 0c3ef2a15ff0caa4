export * from './logging';
export * from './operations.module';
