import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'jwt-secret';

/**
 * The signing secret of a development machine: made once per data folder and kept there (owner-only), so no
 * secret that anyone can read in the source signs tokens, and tokens survive a restart. Two processes starting
 * together agree: the file is created exclusively and the loser reads the winner's.
 */
export function developmentSecret(dataFolder: string): string {
  const file = join(dataFolder, FILE);
  try {
    return readSecret(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataFolder, { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readSecret(file);
}

function readSecret(file: string): string {
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret: delete it and start again`);
  return secret;
}

/** Tests sign with a secret of their own process. */
export const testSecret = randomBytes(32).toString('base64url');
