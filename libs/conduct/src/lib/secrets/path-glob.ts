/**
 * Path globs of the allow-list. The list may one day come from a repository's own settings,
 * so a glob is matched by dynamic programming over (glob position, path position), never as
 * a backtracking regular expression: at most glob length × path length steps.
 */

const LITERAL = 0;
/** `?`: one character, not `/`. */
const ONE = 1;
/** `*`: any characters but `/`. */
const STAR = 2;
/** `**` not followed by `/`: any characters. */
const GLOBSTAR = 3;
/** `**` and the `/` after it: nothing, or any characters ending in `/` (zero or more directories). */
const DIRECTORIES = 4;

export interface PathGlob {
  kinds: Uint8Array;
  /** The character of each LITERAL, position for position. */
  chars: string;
  /** Without a `/`, a glob names files at any depth (as in `.gitignore`). */
  basenameOnly: boolean;
}

/** Longer globs are not written by hand. */
const MAX_GLOB_LENGTH = 1000;

export function compilePathGlob(pattern: string): PathGlob | null {
  const glob = pattern.trim().replace(/^\.?\//, '');
  if (glob === '' || glob.length > MAX_GLOB_LENGTH) return null;
  const kinds: number[] = [];
  let chars = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index];
    let kind = char === '?' ? ONE : char === '*' ? STAR : LITERAL;
    if (char === '*' && glob[index + 1] === '*') {
      while (glob[index + 1] === '*') index++;
      kind = glob[index + 1] === '/' ? DIRECTORIES : GLOBSTAR;
      if (kind === DIRECTORIES) index++;
    }
    kinds.push(kind);
    chars += kind === LITERAL ? char : '\0';
  }
  return { kinds: Uint8Array.from(kinds), chars, basenameOnly: !glob.includes('/') };
}

export function pathGlobMatches(glob: PathGlob, path: string): boolean {
  const subject = glob.basenameOnly ? path.slice(path.lastIndexOf('/') + 1) : path.replace(/^\.?\//, '');
  const { kinds, chars } = glob;
  const length = subject.length;
  // `after[j]`: the rest of the glob (from the token below the current one) matches subject[j..].
  let after = new Uint8Array(length + 1);
  after[length] = 1;
  let here = new Uint8Array(length + 1);
  for (let token = kinds.length - 1; token >= 0; token--) {
    const kind = kinds[token];
    // For DIRECTORIES: a `/` at or after j is followed by a match of the rest.
    let slashThenRest = 0;
    for (let j = length; j >= 0; j--) {
      const char = j < length ? subject[j] : '';
      if (j < length && char === '/' && after[j + 1] === 1) slashThenRest = 1;
      let matches = false;
      if (kind === LITERAL) matches = char === chars[token] && char !== '' && after[j + 1] === 1;
      else if (kind === ONE) matches = char !== '' && char !== '/' && after[j + 1] === 1;
      else if (kind === STAR) matches = after[j] === 1 || (char !== '' && char !== '/' && here[j + 1] === 1);
      else if (kind === GLOBSTAR) matches = after[j] === 1 || (char !== '' && here[j + 1] === 1);
      else matches = after[j] === 1 || slashThenRest === 1;
      here[j] = matches ? 1 : 0;
    }
    const done = after;
    after = here;
    here = done;
  }
  return after[0] === 1;
}
