import { hash, verify, argon2id } from 'argon2';

// OWASP's argon2id recommendation: 19 MiB of memory, 2 iterations, 1 lane.
const OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when no account matches, so a missing email takes as long as a wrong password. */
export const DECOY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$VVdgm50cgEZTNYrqeypNnA$76+bylGCV81Bx5bTbtyfIjHjI+Kbz2fgwgHakUohY0s';
