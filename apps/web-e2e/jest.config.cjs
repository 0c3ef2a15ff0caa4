const path = require('node:path');
const { swcOptions } = require('../../tools/swc-options.cjs');

// Browser journeys against the production build served by the API, one API per test file.
module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions({ nativeDynamicImport: false }), swcrc: false }] },
  testTimeout: 120_000,
  maxWorkers: 1,
  reporters: ['default', [path.join(__dirname, '../../tools/jest/summary-reporter.cjs'), { project: 'web-e2e' }]],
};
