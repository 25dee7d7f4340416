import { isPlaceholder } from './placeholder';
import { charTable, inTable, type SecretCandidate } from './secret-candidate';

const SCHEME = charTable('A-Za-z0-9+.-');
/** RFC 3986: `/ ? # [ ] @` delimit the parts of a URL, `:` the user from the password; quotes and spaces end a URL in text. */
const USER_STOPS = new Set([...':/?#[]@ \t"\'`<>\\{}']);
const PASSWORD_STOPS = new Set([...'/?#[]@ \t"\'`<>\\']);
const MAX_USER = 128;
const MAX_PASSWORD = 256;
const MAX_SCHEME = 32;
/** RFC 2606 and RFC 6761 reserve these names for documentation. */
const DOCUMENTATION_HOST = /(?:^|\.)(?:example\.(?:com|net|org)|example|invalid)$/;

/**
 * `scheme://user:password@host`. The user and password scans stop at `/`, so they cannot run
 * past the next `://`: each character of the line is read a bounded number of times.
 */
export function basicAuthUrlCandidates(line: string): SecretCandidate[] {
  const candidates: SecretCandidate[] = [];
  for (let at = line.indexOf('://'); at >= 0; at = line.indexOf('://', at + 3)) {
    if (!hasScheme(line, at)) continue;
    const userStart = at + 3;
    const colon = scan(line, userStart, USER_STOPS, MAX_USER);
    if (line[colon] !== ':') continue;
    const passwordStart = colon + 1;
    const passwordEnd = scan(line, passwordStart, PASSWORD_STOPS, MAX_PASSWORD);
    if (line[passwordEnd] !== '@' || passwordEnd === passwordStart) continue;
    if (!/[A-Za-z0-9[]/.test(line[passwordEnd + 1] ?? '')) continue;
    const host = line.slice(passwordEnd + 1, scan(line, passwordEnd + 1, PASSWORD_STOPS, 256)).replace(/:\d*$/, '').toLowerCase();
    if (DOCUMENTATION_HOST.test(host)) continue;
    const user = line.slice(userStart, colon);
    const password = line.slice(passwordStart, passwordEnd);
    if (isPlaceholder(password) || password === user || (password.includes('%') && isPlaceholder(safeDecode(password)))) continue;
    candidates.push({ rule: 'secret-basic-auth-url', kind: 'password in a URL', line: 0, index: passwordStart, length: password.length, secret: password });
  }
  return candidates;
}

function hasScheme(line: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < MAX_SCHEME && inTable(SCHEME, line.charCodeAt(start - 1))) start--;
  return start < at && /[A-Za-z]/.test(line[start]);
}

function scan(line: string, from: number, stops: Set<string>, limit: number): number {
  let end = from;
  while (end < line.length && end - from <= limit && !stops.has(line[end])) end++;
  return end;
}

/** `%24%7BDB_PASSWORD%7D` is `${DB_PASSWORD}` in disguise. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
