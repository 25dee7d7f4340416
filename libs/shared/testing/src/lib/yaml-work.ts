import { Alias, Lexer } from 'yaml';

export interface YamlWork<T> {
  result: T;
  /** Tokens the yaml package's lexer produced: a nesting check that stops at its limit, or a parser that reads everything. */
  tokens: number;
  /** Aliases looked up, by a check that counts what they expand to or by the conversion to plain data. */
  aliasesResolved: number;
}

/**
 * Counts the yaml package's work while `work` runs, so a test can show that hostile YAML is
 * refused before it is read to the end or its aliases are expanded: a count that does not
 * depend on the machine's speed, where a time limit does. Every parser reads through the
 * Lexer and every expansion of an alias resolves it, so the counts hold whichever function
 * of the package the code under test calls.
 */
export function countYamlWork<T>(work: () => T): YamlWork<T> {
  const { lex } = Lexer.prototype;
  const { resolve } = Alias.prototype;
  let tokens = 0;
  let aliasesResolved = 0;
  Lexer.prototype.lex = function* (this: Lexer, ...args: Parameters<Lexer['lex']>) {
    for (const token of lex.apply(this, args)) {
      tokens += 1;
      yield token;
    }
  };
  Alias.prototype.resolve = function (this: Alias, ...args: Parameters<Alias['resolve']>) {
    aliasesResolved += 1;
    return resolve.apply(this, args);
  };
  try {
    const result = work();
    return { result, tokens, aliasesResolved };
  } finally {
    Lexer.prototype.lex = lex;
    Alias.prototype.resolve = resolve;
  }
}
