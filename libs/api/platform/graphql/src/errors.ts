/** Codes a client can act on; every error a resolver raises carries one. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'TOO_MANY_REQUESTS'
  /** A service Ascend depends on (Stripe) did not answer: nothing was changed, trying again later may work. */
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A broken business rule, turned into a GraphQL error with its code in one place (formatError). */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class InvalidInputError extends DomainError {
  constructor(fields: FieldProblem[]) {
    super('BAD_USER_INPUT', `Invalid input: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`, fields);
  }
}
