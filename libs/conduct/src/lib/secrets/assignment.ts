import { charTable, inTable } from './secret-candidate';

export interface Assignment {
  key: string;
  value: string;
  /** 0-based index of the value in the line, quotes excluded. */
  index: number;
  quoted: boolean;
}

const KEY_CHARS = charTable('A-Za-z0-9_.$-');
const MAX_KEY = 100;
const MAX_SPACES = 16;
/** `==`, `!=`, `<=`, `>=`, `+=`... compare or compute; they do not give a key its value. */
const NOT_ASSIGNMENT_BEFORE = new Set([...'=!<>+-*/%&|^~?']);
/** An unquoted value ends at these (`&` between query parameters); `{`, `[` and `(` open a structure, not a value. */
const VALUE_STOPS = new Set([...' \t,;&"\'`(){}[]<>']);

/**
 * The `key = value` pairs of a line in the shapes configuration and code use: `key = "v"`,
 * `key: v`, `"key": "v"`, `export KEY=v`, `key := "v"`, `'key' => 'v'`, and the parameters of a
 * URL's query. After a value the scan goes on behind it (a value with a query once reads on
 * inside it), and keys are read back only over key characters, so the work is linear in the
 * line's length; values longer than `maxValue` are passed over.
 */
export function findAssignments(line: string, maxValue: number): Assignment[] {
  const assignments: Assignment[] = [];
  let at = 0;
  // A URL value is read again for the parameters in its query, once: URLs inside it are not.
  let rereadUntil = 0;
  while (at < line.length) {
    const char = line[at];
    if (char !== '=' && char !== ':') {
      at++;
      continue;
    }
    const next = line[at + 1];
    if ((char === '=' && next === '=') || (char === ':' && next === ':') || (char === '=' && NOT_ASSIGNMENT_BEFORE.has(line[at - 1]))) {
      at += 2;
      continue;
    }
    // `https://host/?access_token=...`: the scheme is no key, but the query behind it has some.
    if (char === ':' && next === '/') {
      at++;
      continue;
    }
    const operatorEnd = (char === ':' && next === '=') || (char === '=' && next === '>') ? at + 2 : at + 1;
    const key = keyBefore(line, at);
    if (key === null) {
      at = operatorEnd;
      continue;
    }
    const value = valueAfter(line, operatorEnd, maxValue);
    if (value.text !== null) assignments.push({ key, value: value.text, index: value.index, quoted: value.quoted });
    if (value.text !== null && value.end > rereadUntil && value.text.includes('?')) {
      rereadUntil = value.end;
      at = operatorEnd;
    } else {
      at = Math.max(operatorEnd, value.end);
    }
  }
  return assignments;
}

function keyBefore(line: string, operator: number): string | null {
  let end = operator;
  while (end > 0 && operator - end < MAX_SPACES && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  const quote = line[end - 1] === '"' || line[end - 1] === "'" ? line[end - 1] : null;
  if (quote) end--;
  let start = end;
  while (start > 0 && end - start <= MAX_KEY && inTable(KEY_CHARS, line.charCodeAt(start - 1))) start--;
  if (start === end || end - start > MAX_KEY || (quote && line[start - 1] !== quote)) return null;
  const key = line.slice(start, end);
  return /[A-Za-z]/.test(key) ? key : null;
}

function valueAfter(line: string, from: number, maxValue: number): { text: string | null; index: number; end: number; quoted: boolean } {
  let start = from;
  while (start < line.length && start - from < MAX_SPACES && (line[start] === ' ' || line[start] === '\t')) start++;
  const quote = line[start];
  if (quote === '"' || quote === "'" || quote === '`') {
    for (let end = start + 1; end < line.length && end - start <= maxValue + 1; end++) {
      if (line[end] === '\\') end++;
      else if (line[end] === quote) return { text: line.slice(start + 1, end), index: start + 1, end: end + 1, quoted: true };
    }
    // No closing quote within reach: what lies there is no value of ours, and is not read again.
    return { text: null, index: start, end: Math.min(line.length, start + maxValue + 2), quoted: true };
  }
  let end = start;
  while (end < line.length && !VALUE_STOPS.has(line[end])) end++;
  const fits = end > start && end - start <= maxValue && !VALUE_STOPS.has(line[start]);
  return { text: fits ? line.slice(start, end) : null, index: start, end, quoted: false };
}
