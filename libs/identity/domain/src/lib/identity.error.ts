import { DomainError } from '@allmende/util';

export class IdentityError extends DomainError {
  readonly context = 'identity';
}
