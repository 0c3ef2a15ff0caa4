import type { DatabaseConfig } from '@ascend/platform/config';
import { urlForRole } from './connection-url';
import { startEmbeddedPostgres } from './embedded-postgres';
import { migrate } from './migrate';

export interface OpenDatabase {
  ownerUrl: string;
  appUrl: string;
  embedded: boolean;
  migrationsApplied: string[];
  close(): Promise<void>;
}

/**
 * Gets a migrated database ready for the API: the server from DATABASE_URL, or an embedded one whose data
 * survives restarts. The returned `close` stops the embedded server (a no-op for an external one).
 */
export async function openDatabase(
  config: DatabaseConfig,
  log: (line: string) => void = () => undefined,
  warn: (line: string) => void = log,
): Promise<OpenDatabase> {
  const embedded = config.ownerUrl ? undefined : await startEmbeddedPostgres({ ...config.embedded, log });
  const ownerUrl = config.ownerUrl ?? embedded!.ownerUrl;
  try {
    const migrationsApplied = await migrate({ ownerUrl, appUser: config.appUser, appPassword: config.appPassword, warn });
    return {
      ownerUrl,
      appUrl: urlForRole(ownerUrl, config.appUser, config.appPassword),
      embedded: Boolean(embedded),
      migrationsApplied,
      close: async () => embedded?.stop(),
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
