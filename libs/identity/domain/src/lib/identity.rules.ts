import { IdentityError } from './identity.error';

/** Lower-case only, so names compare and route the same everywhere (URLs, git paths). */
export const USERNAME_PATTERN = /^[a-z0-9](?:[a-z0-9._-]{0,38}[a-z0-9])?$/;
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const EMAIL_PATTERN = /^[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{2,}$/;

/** Names that would collide with routes, well-known paths or platform accounts. */
export const RESERVED_NAMES = new Set([
  'admin', 'api', 'assets', 'explore', 'git', 'graphql', 'health', 'help', 'login', 'logout',
  'metrics', 'new', 'root', 'search', 'settings', 'signup', 'system', 'allmende', 'users',
  'namespaces', 'groups', 'static', 'public', 'security', 'support', 'well-known', 'www',
]);

export function checkUsername(username: string): void {
  if (!USERNAME_PATTERN.test(username) || username.includes('..')) {
    throw IdentityError.invalid(
      'username must be 1-40 lower-case letters, digits, ".", "_" or "-", starting and ending with a letter or digit',
      { field: 'username' },
    );
  }
  if (RESERVED_NAMES.has(username)) throw IdentityError.invalid(`username "${username}" is reserved`, { field: 'username' });
}

export function checkSlug(slug: string): void {
  if (!SLUG_PATTERN.test(slug)) {
    throw IdentityError.invalid(
      'slug must be 1-64 lower-case letters, digits or "-", starting and ending with a letter or digit',
      { field: 'slug' },
    );
  }
  if (RESERVED_NAMES.has(slug)) throw IdentityError.invalid(`slug "${slug}" is reserved`, { field: 'slug' });
}

export function checkDisplayName(value: string, field = 'displayName'): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 200 || /[\u0000-\u001f\u007f]/.test(trimmed)) {
    throw IdentityError.invalid(`${field} must be 1-200 printable characters`, { field });
  }
  return trimmed;
}

export function checkEmail(email: string | null | undefined): string | null {
  if (email === null || email === undefined || email.trim() === '') return null;
  const trimmed = email.trim();
  if (trimmed.length > 254 || !EMAIL_PATTERN.test(trimmed)) {
    throw IdentityError.invalid('email is not a valid address', { field: 'email' });
  }
  return trimmed;
}
