import { shannonEntropy } from './entropy';
import type { SecretCandidate } from './secret-candidate';

const BEGIN = '-----BEGIN ';
/** `-----BEGIN RSA PRIVATE KEY-----`, `... OPENSSH ...`, `... ENCRYPTED ...`, `... PGP PRIVATE KEY BLOCK-----`. Space-separated words cannot overlap. */
const HEADER = /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----/y;
/** The smallest real key (an EC P-256 key in PKCS#8) has about 160 base64 characters; a stand-in has a handful. */
const MIN_BODY_CHARS = 64;
/** Random DER in base64 scores near 6 bits per character; filler such as `AAAA…` or `xxxx` scores far less. */
const MIN_BODY_ENTROPY = 4;
/** A 16,384-bit RSA key in PEM is about 220 lines and 12,500 base64 characters; more is some other data. */
const MAX_BODY_LINES = 400;
const MAX_BODY_CHARS = 20_000;
/** What code around a key adds to its lines: string escapes, quotes, concatenation, separators. */
const WRAPPING = /\\[nr]|["'`,;\s]/g;
const KEY_MATERIAL = /^[A-Za-z0-9+/=]*$/;
/** RFC 1421 and OpenPGP armor headers (`Proc-Type: 4,ENCRYPTED`, `Version: ...`) are not key material. */
const ARMOR_HEADER = /^\s*[A-Za-z-]+: /;

/**
 * PEM private keys: a header, lines of base64 and an END line. The body may follow on the next
 * lines or, in JSON and string literals, on the same line with `\n` escapes. A body that is
 * missing, shortened with `...`, filler, or not closed by an END line (a header string in code,
 * followed by more code) is no key. The body ends at the first line that is not base64, so
 * every line is read at most twice however many headers a file holds.
 */
export function privateKeyCandidates(lines: readonly string[]): SecretCandidate[] {
  const candidates: SecretCandidate[] = [];
  for (let number = 0; number < lines.length; number++) {
    const line = lines[number];
    const headerLine = number;
    for (let from = line.indexOf(BEGIN); from >= 0; from = line.indexOf(BEGIN, from + 1)) {
      HEADER.lastIndex = from;
      const header = HEADER.exec(line);
      if (!header) continue;
      const bodyStart = from + header[0].length;
      const close = line.indexOf('-----', bodyStart);
      let body = line.slice(bodyStart, close < 0 ? undefined : close).replace(WRAPPING, '');
      let closed = close >= 0 && line.startsWith('-----END ', close) && KEY_MATERIAL.test(body);
      if (close < 0 && KEY_MATERIAL.test(body)) {
        const rest = followingBody(lines, number + 1);
        body += rest.text;
        closed = rest.closed;
        number = rest.last;
      }
      if (closed && isKeyMaterial(body)) {
        const kind = header[1] === '' ? 'private key' : `${header[1].trim()} private key`;
        candidates.push({ rule: 'secret-private-key', kind, line: headerLine, index: from, length: header[0].length, secret: body });
      }
      if (close < 0) break;
      from = close;
    }
  }
  return candidates;
}

/** The base64 lines after a header, and whether an END line follows them. */
function followingBody(lines: readonly string[], first: number): { text: string; closed: boolean; last: number } {
  const parts: string[] = [];
  for (let number = first; number < lines.length && number - first < MAX_BODY_LINES; number++) {
    const line = lines[number];
    if (ARMOR_HEADER.test(line)) continue;
    const end = line.indexOf('-----');
    const material = (end < 0 ? line : line.slice(0, end)).replace(WRAPPING, '');
    if (!KEY_MATERIAL.test(material)) return { text: parts.join(''), closed: false, last: number - 1 };
    parts.push(material);
    // The END line is left for the caller's loop, which may find another header behind it.
    if (end >= 0) return { text: parts.join(''), closed: line.startsWith('-----END ', end), last: number - 1 };
  }
  return { text: parts.join(''), closed: false, last: first - 1 };
}

function isKeyMaterial(body: string): boolean {
  return body.length >= MIN_BODY_CHARS && body.length <= MAX_BODY_CHARS && shannonEntropy(body) >= MIN_BODY_ENTROPY;
}
