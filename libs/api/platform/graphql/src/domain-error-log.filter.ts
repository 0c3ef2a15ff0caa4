import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import { DomainError, ErrorCode } from './errors';

const logger = new Logger('GraphQL');

/** Refusals that may mean probing or a flood are warnings; the others are everyday answers. */
const LEVEL: Record<ErrorCode, 'log' | 'warn' | 'error'> = {
  BAD_USER_INPUT: 'log',
  NOT_FOUND: 'log',
  CONFLICT: 'log',
  UNAUTHENTICATED: 'log',
  FORBIDDEN: 'warn',
  TOO_MANY_REQUESTS: 'warn',
  SERVICE_UNAVAILABLE: 'warn',
  INTERNAL_SERVER_ERROR: 'error',
};

/**
 * A domain error is an answer, not a fault: one line without a stack. Without this filter Nest logs every error a
 * resolver throws at level error with its stack, megabytes under a sign-in flood. Other errors keep Nest's handling,
 * and formatError reports them with a reference.
 */
@Catch(DomainError)
export class DomainErrorLogFilter implements GqlExceptionFilter<DomainError> {
  catch(error: DomainError, host: ArgumentsHost) {
    // A global filter also sees HTTP routes: an error returned there is answered by Nest's own handler.
    if (host.getType<GqlContextType>() !== 'graphql') return error;
    const info = GqlArgumentsHost.create(host).getInfo<GraphQLResolveInfo>();
    const path = responsePathAsArray(info.path).join('.');
    const operation = `${info.operation.operation} ${info.operation.name?.value ?? '(anonymous)'}`;
    logger[LEVEL[error.code]]({ code: error.code, path, operation }, `${error.code} at ${path} in ${operation}: ${error.message}`);
    // Thrown on, as Nest's default filter does, so Apollo answers it through formatError.
    throw error;
  }
}
