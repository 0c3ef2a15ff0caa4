// Jest settings shared by the web projects: jsdom completed with the browser APIs it lacks, swc with JSX, and
// CSS imports as class-name proxies. The environment and setup files live in libs/web/ui/src/testing.
const path = require('node:path');
const { swcOptions, root } = require('./../swc-options.cjs');

const testing = path.join(root, 'libs/web/ui/src/testing');

function webJestConfig(name, dir) {
  return {
    displayName: name,
    rootDir: dir,
    testEnvironment: path.join(testing, 'jsdom-environment.ts'),
    testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
    restoreMocks: true,
    transform: {
      '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcOptions({ react: true }), swcrc: false }],
    },
    moduleNameMapper: {
      '\\.css$': 'identity-obj-proxy',
    },
    setupFilesAfterEnv: [path.join(testing, 'setup-tests.ts')],
    reporters: ['default', [path.join(__dirname, 'summary-reporter.cjs'), { project: name }]],
  };
}

module.exports = { webJestConfig };
