const { webJestConfig } = require('../../tools/jest/web-preset.cjs');
const { swcOptions } = require('../../tools/swc-options.cjs');

const base = webJestConfig('web', __dirname);

module.exports = {
  ...base,
  // The build's own plugins (vite-plugins/*.mts) are tested here too.
  testMatch: [...base.testMatch, '<rootDir>/vite-plugins/**/*.spec.mts'],
  moduleFileExtensions: ['ts', 'tsx', 'mts', 'js', 'mjs', 'cjs', 'jsx', 'json'],
  // The plugins import each other as './name.mjs', which TypeScript and Vite resolve to './name.mts'.
  moduleNameMapper: { ...base.moduleNameMapper, '^(\\./[a-z-]+)\\.mjs$': '$1' },
  // Routes load their pages with import(), which must become require() inside Jest's module system.
  transform: { '^.+\\.(t|j)sx?$|^.+\\.mts$': ['@swc/jest', { ...swcOptions({ react: true, nativeDynamicImport: false }), swcrc: false }] },
  // Page specs render the whole app in jsdom, a second or more each; the default 5 s leaves too little room on a busy machine.
  testTimeout: 15_000,
};
