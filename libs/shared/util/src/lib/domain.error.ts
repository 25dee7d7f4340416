/** The error codes of the public contract (DESIGN.md); every domain error carries one. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED';

/**
 * Base of every context's exception classes. Adapters map it to their protocol once
 * (GraphQL extensions.code, HTTP status); anything that is not a DomainError is treated
 * as an internal failure and never shown to the caller.
 */
export abstract class DomainError extends Error {
  abstract readonly context: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }

  // Factories shared by every context's subclass: `IdentityError.notFound('user "x"')`.
  static unauthenticated<E extends DomainError>(this: DomainErrorClass<E>, message = 'authentication required'): E {
    return new this('UNAUTHENTICATED', message);
  }

  static forbidden<E extends DomainError>(this: DomainErrorClass<E>, message: string): E {
    return new this('FORBIDDEN', message);
  }

  static notFound<E extends DomainError>(this: DomainErrorClass<E>, what: string): E {
    return new this('NOT_FOUND', `${what} not found`);
  }

  static invalid<E extends DomainError>(this: DomainErrorClass<E>, message: string, details?: Record<string, unknown>): E {
    return new this('BAD_USER_INPUT', message, details);
  }

  static conflict<E extends DomainError>(this: DomainErrorClass<E>, message: string): E {
    return new this('CONFLICT', message);
  }
}

type DomainErrorClass<E extends DomainError> = new (code: ErrorCode, message: string, details?: Record<string, unknown>) => E;
