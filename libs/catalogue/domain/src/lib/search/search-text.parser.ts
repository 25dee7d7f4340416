import { CatalogueError } from '../catalogue.error';

export const MAX_TEXT_LENGTH = 200;
export const MAX_WORDS = 8;
/** A prefix shorter than this would match a large part of the catalogue and cost as much. */
export const MIN_PREFIX_LENGTH = 3;
/**
 * Shorter text has too few trigrams for a similarity to mean more than a shared beginning (which
 * the prefix finds), and finds names by the ten thousand at a million components.
 */
export const MIN_FUZZY_LENGTH = 6;

/**
 * One term of the search text: a word, words joined by punctuation ("PostgreSQL-Datenbank",
 * all must occur) or a quoted phrase (adjacent, in order). `words` hold letters, marks and
 * digits only: they are all of the user's text that reaches a tsquery, so no operator or quote
 * typed by a user can change what the query means or make it fail to parse.
 */
export interface SearchTerm {
  words: string[];
  phrase: boolean;
  /** The text ends inside the term's last word, still being typed: it matches every word it begins. */
  prefix: boolean;
  /** The term may instead match a component's name with a typo in it (trigram similarity); never a phrase, which asks for exactly these words. */
  fuzzy: boolean;
}

/**
 * What a search text asks for, websearch style: every clause must match, a clause matches if
 * one of its alternatives (`a OR b`) does, and excluded terms (`-word`) must not match.
 */
export interface ParsedSearchText {
  clauses: SearchTerm[][];
  excluded: SearchTerm[];
  /** The positive words, lower-cased and space-separated, for similarity with component names. */
  normalized: string;
}

interface Token {
  words: string[];
  phrase: boolean;
  negated: boolean;
  or: boolean;
  /** The text ends inside this token's last word: it is still being typed. */
  typing: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const TOKEN = /(-?)"([^"]*)"?|(-?)([^\s"]+)/gu;

/**
 * Returns null when the text holds nothing to search for (null, blank, only punctuation). Text of
 * excluded terms only ("-chart") has no clauses: everything but them, ordered as without text.
 */
export function parseSearchText(text: string | null): ParsedSearchText | null {
  if (text === null) return null;
  if ([...text].length > MAX_TEXT_LENGTH) {
    throw CatalogueError.invalid(`the search text is longer than ${MAX_TEXT_LENGTH} characters`, { maxLength: MAX_TEXT_LENGTH });
  }
  const normalized = text.normalize('NFKC').toLowerCase();
  const tokens = tokenize(normalized);
  const wordCount = tokens.reduce((sum, token) => sum + token.words.length, 0);
  if (wordCount > MAX_WORDS) {
    throw CatalogueError.invalid(`the search text has more than ${MAX_WORDS} words`, { maxWords: MAX_WORDS });
  }
  const clauses: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let alternative = false;
  for (const token of tokens) {
    if (token.or) {
      alternative = true;
      continue;
    }
    const lastWord = token.words[token.words.length - 1];
    const term: SearchTerm = {
      words: token.words,
      phrase: token.phrase,
      prefix: token.typing && !token.phrase && !token.negated && lastWord.length >= MIN_PREFIX_LENGTH,
      fuzzy: !token.negated && !token.phrase && token.words.join(' ').length >= MIN_FUZZY_LENGTH,
    };
    if (token.negated) excluded.push(term);
    else if (alternative) clauses[clauses.length - 1].push(term);
    else clauses.push([term]);
    alternative = false;
  }
  if (clauses.length === 0 && excluded.length === 0) return null;
  const positive = clauses.flat().flatMap((term) => term.words);
  return { clauses, excluded, normalized: positive.join(' ') };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const phrase = match[2] !== undefined;
    const raw = phrase ? match[2] : match[4];
    const negated = (phrase ? match[1] : match[3]) === '-';
    const typing = match.index + match[0].length === text.length && /[\p{L}\p{M}\p{N}]$/u.test(match[0]);
    if (!phrase && !negated && raw === 'or') {
      tokens.push({ words: [], phrase: false, negated: false, or: true, typing });
      continue;
    }
    const words = raw.match(WORD);
    if (words) tokens.push({ words, phrase, negated, or: false, typing });
  }
  // OR joins the positive terms on either side; anywhere else it is just the word "or",
  // which both configurations drop as a stop word.
  return tokens.filter(
    (token, index) =>
      !token.or || (index > 0 && index < tokens.length - 1 && !tokens[index - 1].or && !tokens[index - 1].negated && !tokens[index + 1].or && !tokens[index + 1].negated),
  );
}
