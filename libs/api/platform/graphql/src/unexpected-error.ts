import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { randomBytes } from 'node:crypto';

const logger = new Logger('GraphQL');

/** Logs an error nobody expected with a short reference, which the answer carries so support can find the log line. */
export function reportUnexpected(error: unknown): string {
  const reference = randomBytes(4).toString('hex');
  logger.error({ reference, err: error }, `Unexpected error ${reference}`);
  return reference;
}

/** What a client sees of an unexpected error: a reference, never internals. */
export function unexpectedError(reference: string | undefined, path?: GraphQLFormattedError['path']): GraphQLFormattedError {
  return {
    message: `Something went wrong on our side${reference ? ` (reference ${reference})` : ''}`,
    path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(reference ? { reference } : {}) },
  };
}
