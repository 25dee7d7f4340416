import { DomainError } from '@allmende/util';

export class ChecksError extends DomainError {
  readonly context = 'checks';
}
