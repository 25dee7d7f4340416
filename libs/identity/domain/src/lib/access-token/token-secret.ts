import { createHash, randomBytes } from 'node:crypto';

/** A recognisable prefix lets secret scanners (ours and others') find leaked tokens. */
export const TOKEN_PREFIX = 'almp_';
const TOKEN_PATTERN = /^almp_[A-Za-z0-9_-]{43}$/;

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** Tokens carry 256 random bits, so a fast hash is as strong as a slow one here. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function looksLikePlatformToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function displayPrefixOf(token: string): string {
  return looksLikePlatformToken(token) ? token.slice(0, 12) : '(configured)';
}
