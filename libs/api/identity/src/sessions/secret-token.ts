import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A random token for links and cookies; only its hash is stored, so a database leak reveals no usable token. */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The refresh token that follows `token`: derived with a server key, so two refreshes racing with one cookie agree
 * on it without storing it, and nobody holding an old token can work out the next one.
 */
export function successorToken(token: string, serverKey: string): { token: string } {
  return { token: createHmac('sha256', serverKey).update(`ascend refresh successor\n${token}`).digest('base64url') };
}
