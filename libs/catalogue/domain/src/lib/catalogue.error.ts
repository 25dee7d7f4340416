import { DomainError } from '@allmende/util';

export class CatalogueError extends DomainError {
  readonly context = 'catalogue';
}
