// Jest settings shared by every API project: swc transform (NestJS 12 ships ES modules only, so those are
// transformed too), node environment, and, for projects with integration tests, one PostgreSQL per run.
const path = require('node:path');
const { swcOptions, root } = require('../swc-options.cjs');

const testing = path.join(root, 'libs/api/platform/testing/src/jest');

function apiJestConfig(name, dir, { database = false } = {}) {
  return {
    displayName: name,
    rootDir: dir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
    transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swcOptions({ nativeDynamicImport: false }), swcrc: false }] },
    transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@as-integrations|marked|feed)/)'],
    moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
    setupFiles: ['reflect-metadata'],
    ...(database
      ? { globalSetup: path.join(testing, 'global-setup.ts'), globalTeardown: path.join(testing, 'global-teardown.ts') }
      : {}),
    testTimeout: 30_000,
    reporters: ['default', [path.join(__dirname, 'summary-reporter.cjs'), { project: name }]],
  };
}

module.exports = { apiJestConfig };
