import type { EntityManager } from 'typeorm';

let counter = 0;

/**
 * Runs `work` behind a savepoint of the operation's transaction: when it fails (a unique key settled a race, a
 * constraint refused a row) only its own statements are undone and the transaction stays usable.
 */
export async function withSavepoint<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  counter = (counter + 1) % 1_000_000;
  const name = `content_${counter}`;
  await manager.query(`savepoint ${name}`);
  try {
    const result = await work();
    await manager.query(`release savepoint ${name}`);
    return result;
  } catch (error) {
    await manager.query(`rollback to savepoint ${name}`);
    throw error;
  }
}

/** A PostgreSQL unique violation on the named constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const cause = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = cause.driverError?.code ?? cause.code;
  return code === '23505' && (cause.driverError?.constraint ?? cause.constraint) === constraint;
}
