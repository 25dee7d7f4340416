/** Build arguments and environment variables in scope: the value, null when declared without one (known only at build time), undefined when unknown. */
export interface VariableScope {
  get(name: string): string | null | undefined;
}

export interface Expansion {
  value: string;
  /** Index just past the reference. */
  end: number;
  /** The variable whose value is only known at build time; the reference is then kept as written. */
  unresolved: string | null;
}

/**
 * The next `}` at or after a position, for positions that only grow: each search starts where the
 * last one ended, so a line full of unclosed `${` is scanned once instead of once per `${`.
 */
export type ClosingBraceFinder = (from: number) => number;

export function closingBraceFinder(text: string): ClosingBraceFinder {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = text.indexOf('}', from);
    return found;
  };
}

/**
 * Expands the reference at `text[start]` (a `$`): `$NAME`, `${NAME}`, `${NAME:-word}`,
 * `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`. The first `}` closes a reference, so a default
 * word holds plain `$NAME` references only, and expansion never recurses more than one level.
 */
export function expandVariable(text: string, start: number, scope: VariableScope, nextClose: ClosingBraceFinder): Expansion {
  if (text[start + 1] !== '{') {
    const end = nameEnd(text, start + 1);
    if (end === start + 1) return { value: '$', end: start + 1, unresolved: null };
    return valueOf(text.slice(start + 1, end), '', '', scope, text.slice(start, end), end);
  }
  const close = nextClose(start + 2);
  if (close < 0) return { value: '$', end: start + 1, unresolved: null };
  const inner = text.slice(start + 2, close);
  const end = nameEnd(inner, 0);
  const name = inner.slice(0, end);
  const written = text.slice(start, close + 1);
  if (end === 0) return { value: written, end: close + 1, unresolved: null };
  const operator = inner[end] === ':' ? inner.slice(end, end + 2) : inner.slice(end, end + 1);
  const word = inner.slice(end + operator.length);
  return valueOf(name, operator, word, scope, written, close + 1);
}

/** `text` with every reference expanded; for default words, which hold no `}`. */
function substituteText(text: string, scope: VariableScope): string {
  const nextClose = closingBraceFinder(text);
  let result = '';
  let from = 0;
  let dollar = text.indexOf('$');
  while (dollar >= 0) {
    const expansion = expandVariable(text, dollar, scope, nextClose);
    result += text.slice(from, dollar) + expansion.value;
    from = expansion.end;
    dollar = text.indexOf('$', from);
  }
  return result + text.slice(from);
}

function valueOf(name: string, operator: string, word: string, scope: VariableScope, written: string, end: number): Expansion {
  const known = scope.get(name);
  const isSet = typeof known === 'string';
  const unresolved = { value: written, end, unresolved: name };
  switch (operator) {
    case '':
    case '?':
    case ':?':
      return isSet ? { value: known, end, unresolved: null } : unresolved;
    case ':-':
      return { value: isSet && known !== '' ? known : substituteText(word, scope), end, unresolved: null };
    case '-':
      return { value: isSet ? known : substituteText(word, scope), end, unresolved: null };
    case ':+':
      return isSet ? { value: known === '' ? '' : substituteText(word, scope), end, unresolved: null } : unresolved;
    case '+':
      return isSet ? { value: substituteText(word, scope), end, unresolved: null } : unresolved;
    default:
      return unresolved;
  }
}

function nameEnd(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
    if (!letter && !(index > from && code >= 48 && code <= 57)) break;
    index += 1;
  }
  return index;
}
