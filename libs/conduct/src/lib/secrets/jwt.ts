import { isPublishedExample, looksRandom } from './placeholder';
import { charTable, prefixedRuns, type SecretCandidate } from './secret-candidate';

const JWT_CHARS = charTable('A-Za-z0-9_.-');
/** Signed tokens with many claims run to a few kilobytes; longer runs are data, not a token. */
const MAX_JWT_LENGTH = 16_384;
/** An HMAC-SHA256 signature has 43 characters; anything under this is a stand-in. */
const MIN_SIGNATURE_LENGTH = 16;

/**
 * Signed JSON Web Tokens (RFC 7519): three base64url parts, a header that decodes to a JSON
 * object with an `alg` other than `none` (an unsigned token proves nothing), a payload that
 * decodes to a JSON object and a signature of some length.
 */
export function jwtCandidates(line: string): SecretCandidate[] {
  const candidates: SecretCandidate[] = [];
  for (const { index, end } of prefixedRuns(line, 'eyJ', JWT_CHARS)) {
    // A sentence may end right after a token.
    let last = end;
    while (line[last - 1] === '.') last--;
    if (last - index > MAX_JWT_LENGTH) continue;
    const token = line.slice(index, last);
    if (isSignedJwt(token)) candidates.push({ rule: 'secret-jwt', kind: 'JSON Web Token', line: 0, index, length: token.length, secret: token });
  }
  return candidates;
}

function isSignedJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[1] === '' || parts[2].length < MIN_SIGNATURE_LENGTH) return false;
  const header = decodeJsonObject(parts[0]);
  if (!header || typeof header['alg'] !== 'string' || header['alg'].toLowerCase() === 'none') return false;
  if (!decodeJsonObject(parts[1]) || !looksRandom(parts[2])) return false;
  return !isPublishedExample(token);
}

function decodeJsonObject(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
