import { RESERVED_NAMES } from '@allmende/identity';
import { RepositoryError } from '../repos.error';

export const REPOSITORY_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Names become URL and git path segments; anything ambiguous there is refused. */
export function checkRepositoryName(name: string): void {
  const invalid = (reason: string) => RepositoryError.invalid(`repository name ${reason}`, { field: 'name' });
  if (!REPOSITORY_NAME_PATTERN.test(name)) {
    throw invalid('must be 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit');
  }
  if (name.includes('..')) throw invalid('must not contain ".."');
  if (/\.git$/i.test(name)) throw invalid('must not end in ".git"');
  if (/\.(atom|lock)$/i.test(name)) throw invalid('must not end in ".atom" or ".lock"');
  if (RESERVED_NAMES.has(name.toLowerCase())) throw invalid(`"${name}" is reserved`);
}
