// `npm run db:migration:new -- add-client-table`: writes an empty migration and registers it, newest last.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const name = process.argv[2];
if (!name || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
  console.error('usage: npm run db:migration:new -- <kebab-case-name>, e.g. add-client-table');
  process.exit(1);
}
const dir = join(new URL('../..', import.meta.url).pathname, 'libs/api/platform/database/src/migrations');
const timestamp = Date.now();
const className = `${name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase())}${timestamp}`;
const file = `${timestamp}-${name}`;
writeFileSync(
  join(dir, `${file}.ts`),
  `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`\`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`\`);
  }
}
`,
);
const index = join(dir, 'index.ts');
const source = readFileSync(index, 'utf8')
  .replace(/(\n\/\*\*)/, `import { ${className} } from './${file}';\n$1`)
  .replace(/\];\s*$/, `, ${className}];\n`);
writeFileSync(index, source);
console.log(`created libs/api/platform/database/src/migrations/${file}.ts and registered it in index.ts`);
