import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printApiSchema } from './schema';

/** `npm run schema`: writes apps/api/schema.graphql, the contract the web app's generated types come from. */
printApiSchema().then(
  (sdl) => {
    const target = join(process.cwd(), 'apps/api/schema.graphql');
    writeFileSync(target, sdl);
    console.log(`wrote ${target}`);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
