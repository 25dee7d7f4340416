import { closingBraceFinder, expandVariable, type VariableScope } from './variable.substitution';

export interface ShellWord {
  value: string;
  /** Variables the word refers to whose value is only known at build time. */
  unresolved: string[];
}

/**
 * Splits instruction arguments into words as BuildKit's shell lexer does: whitespace separates,
 * quotes group and are removed, the escape character takes the next character literally, and
 * `$` references are expanded outside single quotes when a scope is given (with none, they stay
 * as written, which is what the secret check wants to see).
 */
export function shellWords(text: string, escape: string, scope: VariableScope | null): ShellWord[] {
  const words: ShellWord[] = [];
  const nextClose = closingBraceFinder(text);
  let parts: string[] = [];
  let unresolved: string[] = [];
  let inWord = false;
  let quote: string | null = null;
  let runStart = 0;
  const flushRun = (end: number) => {
    if (end > runStart) parts.push(text.slice(runStart, end));
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quote === "'") {
      if (char === "'") {
        flushRun(index);
        quote = null;
        runStart = index + 1;
      }
      continue;
    }
    if (char === escape && index + 1 < text.length) {
      flushRun(index);
      runStart = index + 1;
      index += 1;
      inWord = true;
      continue;
    }
    if (char === '$' && scope) {
      flushRun(index);
      const expansion = expandVariable(text, index, scope, nextClose);
      parts.push(expansion.value);
      if (expansion.unresolved !== null) unresolved.push(expansion.unresolved);
      index = expansion.end - 1;
      runStart = expansion.end;
      inWord = true;
      continue;
    }
    if (quote === '"') {
      if (char === '"') {
        flushRun(index);
        quote = null;
        runStart = index + 1;
      }
      continue;
    }
    if (char === '"' || char === "'") {
      flushRun(index);
      quote = char;
      runStart = index + 1;
      inWord = true;
    } else if (char === ' ' || char === '\t' || char === '\n') {
      flushRun(index);
      if (inWord) words.push({ value: parts.join(''), unresolved });
      parts = [];
      unresolved = [];
      inWord = false;
      runStart = index + 1;
    } else {
      inWord = true;
    }
  }
  flushRun(text.length);
  if (inWord) words.push({ value: parts.join(''), unresolved });
  return words;
}

export interface KeyValue {
  key: string;
  /** Null for a bare name (`ARG NAME`). */
  value: string | null;
  unresolved: string[];
}

/**
 * `KEY=value ...` pairs of LABEL, ENV and ARG, or the legacy `KEY value with spaces` form when
 * the first word holds no `=`.
 */
export function keyValues(text: string, escape: string, scope: VariableScope | null): KeyValue[] {
  const words = shellWords(text, escape, scope);
  if (words.length === 0) return [];
  if (words.length > 1 && !words[0].value.includes('=')) {
    const rest = words.slice(1);
    return [{ key: words[0].value, value: rest.map((word) => word.value).join(' '), unresolved: rest.flatMap((word) => word.unresolved) }];
  }
  return words.map((word) => {
    const equals = word.value.indexOf('=');
    return equals < 0
      ? { key: word.value, value: null, unresolved: word.unresolved }
      : { key: word.value.slice(0, equals), value: word.value.slice(equals + 1), unresolved: word.unresolved };
  });
}
