import { stdSerializers } from 'pino';

type Fields = Record<string, unknown>;

/**
 * The fields of an error that say what failed without carrying data. pino would log every enumerable field, and
 * TypeORM's QueryFailedError holds the statement's parameters (password and token hashes, emails) and, copied from
 * PostgreSQL's error, its detail ("Key (email)=(…) already exists") and the driver error itself.
 */
const SAFE_FIELDS = ['code', 'query', 'constraint', 'table', 'column'];

/** pino's `err` serializer: type, message, stack and the fields above, nothing else. */
export function logSafeError(value: unknown): unknown {
  // An error arrives as itself; the errors inside an AggregateError come already serialised (plain objects).
  const error = value instanceof Error ? stdSerializers.err(value) : value;
  if (!isErrorLike(error)) return value;
  const safe: Fields = { type: error.type, message: error.message, stack: error.stack };
  for (const field of SAFE_FIELDS) {
    const kept = error[field];
    if (typeof kept === 'string' || typeof kept === 'number') safe[field] = kept;
  }
  if (Array.isArray(error.aggregateErrors)) safe.aggregateErrors = error.aggregateErrors.map(logSafeError);
  return safe;
}

function isErrorLike(value: unknown): value is Fields & { message: string } {
  return typeof value === 'object' && value !== null && typeof (value as Fields).message === 'string';
}
