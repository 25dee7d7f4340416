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
}
