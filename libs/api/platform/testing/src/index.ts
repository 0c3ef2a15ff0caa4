export * from './free-port';
export * from './test-app';
export * from './test-cluster';
export * from './test-database';
export * from './mail-catcher';
export * from './people';
export * from './isolation';
