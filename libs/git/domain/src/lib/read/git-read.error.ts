import { DomainError } from '@allmende/util';

export class GitReadError extends DomainError {
  readonly context = 'git';
}
