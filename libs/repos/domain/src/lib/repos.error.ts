import { DomainError } from '@allmende/util';

export class RepositoryError extends DomainError {
  readonly context = 'repos';
}
