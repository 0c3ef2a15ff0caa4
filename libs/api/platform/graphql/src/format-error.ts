import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from './errors';
import { unexpectedError } from './unexpected-error';

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export type UnexpectedErrorReporter = (error: unknown) => string | undefined;

// What pg-pool says when no connection freed up in time: every connection is busy (a rush), not a fault.
const POOL_EXHAUSTED = 'timeout exceeded when trying to connect';

const BUSY: GraphQLFormattedError['extensions'] = { code: 'SERVICE_UNAVAILABLE' };
const logger = new Logger('GraphQL');
const BUSY_MESSAGE = 'Ascend is very busy right now: nothing was saved, please try again in a moment';

/**
 * The one place errors become what clients see: domain errors keep their code and field list, GraphQL's own
 * request errors pass through, and anything unexpected is logged and answered with a reference instead of internals.
 */
export function formatError(report: UnexpectedErrorReporter) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: { code: original.code, ...(original.fields.length ? { fields: original.fields } : {}) },
      };
    }
    // The operation never got a connection, so nothing of it ran: a clear answer to try again, not an internal error.
    if (original instanceof Error && original.message === POOL_EXHAUSTED) {
      logger.warn('No database connection came free in time: answered SERVICE_UNAVAILABLE (raise DATABASE_POOL_SIZE or add capacity)');
      return { message: BUSY_MESSAGE, path: formatted.path, extensions: BUSY };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    return unexpectedError(report(original), formatted.path);
  };
}
