import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import path from 'node:path';

// Test helpers (test databases, the test app, the SMTP catcher) must never reach production code: only tests import
// the testing lib. Nx's boundary rule cannot tell a spec from the file beside it, so this rule does, by file name.
const testingLib = path.join(import.meta.dirname, 'libs/api/platform/testing');
const noTestingInProduction = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      testing:
        "Production code may not import the testing lib ('{{source}}'); only tests (*.spec.ts, *.int-spec.ts, *.isolation.ts) may.",
    },
  },
  create(context) {
    const dir = path.dirname(context.filename);
    const intoTestingLib = (source) =>
      /^@ascend\/platform\/testing(\/|$)/.test(source) ||
      (source.startsWith('.') && !path.relative(testingLib, path.resolve(dir, source)).startsWith('..'));
    const check = (node) => {
      const source = node?.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
      if (source !== undefined && intoTestingLib(source)) context.report({ node, messageId: 'testing', data: { source } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSExternalModuleReference: (node) => check(node.expression),
      'CallExpression[callee.name="require"]': (node) => check(node.arguments[0]),
    };
  },
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', '**/.data/**', '**/.reports/**', '**/tmp/**', 'libs/web/data-access/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:demo', 'type:domain', 'type:platform', 'type:testing', 'type:ui', 'type:data-access'] },
            // type:testing is allowed below for the tests that live beside the code; production files may not
            // import it (ascend/no-testing-in-production).
            { sourceTag: 'type:demo', onlyDependOnLibsWithTags: ['type:domain', 'type:platform', 'type:testing'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:platform', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:testing'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:data-access'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['apps/api/src/**/*.{ts,mts,cts,js,mjs,cjs}', 'libs/api/**/*.{ts,mts,cts,js,mjs,cjs}'],
    // Scenario builders (`*-scenario.ts`) are test support that only tests import.
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.isolation.ts', '**/*-scenario.ts', '**/jest/**', '**/jest.config.*', 'libs/api/platform/testing/**'],
    plugins: { ascend: { rules: { 'no-testing-in-production': noTestingInProduction } } },
    rules: { 'ascend/no-testing-in-production': 'error' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}', 'libs/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.{cjs,mjs,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
