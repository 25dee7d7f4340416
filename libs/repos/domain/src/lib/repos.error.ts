import { DomainError, ErrorCode } from '@allmende/util';

export class RepositoryError extends DomainError {
  readonly context = 'repos';

  static notFound(what: string): RepositoryError {
    return new RepositoryError('NOT_FOUND', `${what} not found`);
  }

  static invalid(message: string, details?: Record<string, unknown>): RepositoryError {
    return new RepositoryError('BAD_USER_INPUT', message, details);
  }

  static conflict(message: string): RepositoryError {
    return new RepositoryError('CONFLICT', message);
  }

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
