import 'reflect-metadata';
import { ConfigError, loadConfig } from '@ascend/platform/config';
import { openDatabase, StartupError } from '@ascend/platform/database';

/** `npm run db:migrate`: applies pending migrations (starting the embedded server when DATABASE_URL is unset) and exits. */
async function main() {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  await database.close();
  console.log(
    database.migrationsApplied.length === 0
      ? 'ascend: the database is up to date'
      : `ascend: applied ${database.migrationsApplied.join(', ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(`ascend: ${error instanceof ConfigError || error instanceof StartupError ? error.message : error}`);
  process.exit(1);
});
