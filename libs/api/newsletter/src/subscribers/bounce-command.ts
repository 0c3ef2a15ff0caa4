import type { INestApplicationContext } from '@nestjs/common';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { BounceListError, MARK_UNDELIVERABLE, markParameters, readBounceFile } from './bounce-rules';

export { BounceListError } from './bounce-rules';

const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * `npm run newsletter:bounces -- <file>`: marks every address of a provider's bounce or complaint list (CSV
 * `email,type` or JSON) through the same function as the bounce endpoint, all or nothing: one bad line marks none.
 */
export async function markBounceFile(app: INestApplicationContext, path: string): Promise<{ received: number; marked: number }> {
  const size = await stat(path).then(
    (file) => file.size,
    () => undefined,
  );
  if (size === undefined) throw new BounceListError([{ field: path, message: 'cannot be read: no such file' }]);
  if (size > MAX_FILE_BYTES) throw new BounceListError([{ field: path, message: `is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: split it` }]);
  const events = readBounceFile(await readFile(path, 'utf8'), basename(path));
  const rows: { marked: number }[] = await app.get(TenantDatabase).run({}, (manager) => manager.query(MARK_UNDELIVERABLE, markParameters(events)));
  return { received: events.length, marked: rows[0].marked };
}
