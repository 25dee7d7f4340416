import { DomainError, ErrorCode } from '@allmende/util';

export class IdentityError extends DomainError {
  readonly context = 'identity';

  static unauthenticated(message = 'authentication required'): IdentityError {
    return new IdentityError('UNAUTHENTICATED', message);
  }

  static forbidden(message: string): IdentityError {
    return new IdentityError('FORBIDDEN', message);
  }

  static notFound(what: string): IdentityError {
    return new IdentityError('NOT_FOUND', `${what} not found`);
  }

  static invalid(message: string, details?: Record<string, unknown>): IdentityError {
    return new IdentityError('BAD_USER_INPUT', message, details);
  }

  static conflict(message: string): IdentityError {
    return new IdentityError('CONFLICT', message);
  }

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
