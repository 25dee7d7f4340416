import { isPlaceholder } from './placeholder';
import type { ScannedFile, SecretCandidate } from './secret-candidate';
import { isSecretKeyName } from './secret-key-name';

/** `KEY=value`, `export KEY="value"`: key, then what follows `=`. One anchored match; `\s*` and the key cannot trade characters. */
const DOTENV_LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/;
const MAX_DOTENV_LINE = 4096;
/** Shorter values are flags, ports or a digit or two. */
const MIN_VALUE = 6;
/** Longer values are documents (a JSON credentials file on one line): the PEM and token rules read those. */
const MAX_VALUE = 1024;

/**
 * A `.env` file holds the values an application reads at start: committing one commits its
 * secrets, random-looking or not. So any value of a secret-looking key counts unless it is a
 * placeholder, a reference to another variable, a URL (whose password, if any, the URL rule
 * reports) or a path.
 */
export function dotenvCandidates(line: string, file: ScannedFile): SecretCandidate[] {
  if (file.kind !== 'dotenv' || line.length > MAX_DOTENV_LINE) return [];
  const match = DOTENV_LINE.exec(line);
  if (!match || !isSecretKeyName(match[1])) return [];
  const raw = match[2];
  const value = dotenvValue(raw);
  if (value.text.length < MIN_VALUE || value.text.length > MAX_VALUE || isPlaceholder(value.text) || /^\d+$/.test(value.text)) return [];
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/|\/|\.\.?\/|~\/)/i.test(value.text)) return [];
  const index = line.length - raw.length + value.offset;
  return [{ rule: 'secret-dotenv-value', kind: `value of ${match[1]} in an environment file`, line: 0, index, length: value.text.length, secret: value.text }];
}

/** dotenv's rules: quotes keep everything between them; unquoted, a ` #` starts a comment. */
function dotenvValue(raw: string): { text: string; offset: number } {
  const offset = raw.length - raw.trimStart().length;
  const value = raw.trimStart();
  const quote = value[0];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = value.indexOf(quote, 1);
    return { text: close < 0 ? value.slice(1) : value.slice(1, close), offset: offset + 1 };
  }
  const comment = value.search(/\s#/);
  return { text: (comment < 0 ? value : value.slice(0, comment)).trimEnd(), offset };
}
