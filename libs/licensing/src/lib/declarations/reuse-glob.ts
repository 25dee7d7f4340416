/**
 * Path globs of REUSE.toml and `.reuse/dep5`. Both come from the scanned repository, so they are
 * untrusted: a glob is compiled into tokens and run as a set of states over the path (a
 * Thompson-style simulation), never as a regular expression that could backtrack. Matching
 * costs at most path length × glob length steps, and the caller's budget caps the whole scan.
 */

/**
 * REUSE.toml (REUSE 3.3): `*` stops at `/`, `**` crosses it (followed by a slash too), `\`
 * escapes the next character. DEP5 (Debian copyright format 1.0): `*` crosses `/`, `?` is one
 * character, `\` escapes only `*`, `?` and `\`.
 */
export type GlobDialect = 'reuse-toml' | 'dep5';

const LITERAL = 0;
const ONE = 1;
const STAR = 2;
const GLOBSTAR = 3;

export interface ReuseGlob {
  /** Per token: LITERAL, ONE, STAR or GLOBSTAR; `chars` holds the character of each LITERAL. */
  kinds: Uint8Array;
  chars: string;
  /** The literal text before the first and after the last wildcard: a path without them is rejected at once. */
  prefix: string;
  suffix: string;
  /** The literal runs between wildcards: a path must contain each, which rules most paths out cheaply. */
  infixes: string[];
  /** The fewest characters a matching path has. */
  minLength: number;
  /** The glob has no wildcard: it matches exactly this path. */
  exact: string | null;
}

/** Longer globs are not paths someone wrote by hand. */
export const MAX_GLOB_LENGTH = 1000;

/** Counts the work of all matches of one scan, so hostile globs against many files stay bounded. */
export class GlobBudget {
  private spent = 0;

  constructor(private readonly limit: number) {}

  get exhausted(): boolean {
    return this.spent > this.limit;
  }

  spend(steps: number): void {
    this.spent += steps;
  }
}

export function compileGlob(pattern: string, dialect: GlobDialect): ReuseGlob | { error: string } {
  if (pattern.length === 0) return { error: 'the path is empty' };
  if (pattern.length > MAX_GLOB_LENGTH) return { error: `the path is longer than ${MAX_GLOB_LENGTH} characters` };
  if (dialect === 'reuse-toml') {
    if (pattern.startsWith('/')) return { error: `"${clip(pattern)}" is absolute; paths are relative to the directory of REUSE.toml` };
    if (pattern.split('/').includes('..')) return { error: `"${clip(pattern)}" leaves the directory of REUSE.toml` };
  }
  const kinds: number[] = [];
  let chars = '';
  const push = (kind: number, char = '\0') => {
    kinds.push(kind);
    chars += char;
  };
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === '\\') {
      const next = pattern[index + 1];
      if (next === undefined) return { error: `"${clip(pattern)}" ends in an unfinished escape (\\)` };
      if (dialect === 'dep5' && next !== '*' && next !== '?' && next !== '\\') return { error: `"${clip(pattern)}" escapes "${next}", which only \\*, \\? and \\\\ may` };
      push(LITERAL, next);
      index++;
    } else if (char === '*') {
      let end = index;
      while (pattern[end + 1] === '*') end++;
      const crossing = dialect === 'dep5' || end > index;
      // `**/` is one wildcard: REUSE 3.3 lets both `**` and `**/` match everything, slashes included.
      if (dialect === 'reuse-toml' && end > index && pattern[end + 1] === '/') end++;
      push(crossing ? GLOBSTAR : STAR);
      index = end;
    } else if (char === '?' && dialect === 'dep5') {
      push(ONE);
    } else {
      push(LITERAL, char);
    }
  }
  return describe(Uint8Array.from(kinds), chars);
}

function describe(kinds: Uint8Array, chars: string): ReuseGlob {
  let first = 0;
  while (first < kinds.length && kinds[first] === LITERAL) first++;
  let last = kinds.length;
  while (last > first && kinds[last - 1] === LITERAL) last--;
  const minLength = kinds.filter((kind) => kind === LITERAL || kind === ONE).length;
  const exact = first === kinds.length ? chars : null;
  const infixes: string[] = [];
  for (let start = first; start < last; start++) {
    let end = start;
    while (end < last && kinds[end] === LITERAL) end++;
    if (end > start) infixes.push(chars.slice(start, end));
    start = end;
  }
  return { kinds, chars, prefix: chars.slice(0, first), suffix: exact === null ? chars.slice(last) : '', infixes, minLength, exact };
}

/** Whether `path` (relative to where the glob applies) matches the glob. */
export function globMatches(glob: ReuseGlob, path: string, budget?: GlobBudget): boolean {
  budget?.spend(1);
  if (glob.exact !== null) return path === glob.exact;
  if (path.length < glob.minLength || !path.startsWith(glob.prefix) || !path.endsWith(glob.suffix)) return false;
  if (!glob.infixes.every((infix) => path.includes(infix))) return false;
  const { kinds, chars } = glob;
  const size = kinds.length;
  // Two generations of states, each a list and a membership flag per state.
  let active = new Int32Array(size + 1);
  let next = new Int32Array(size + 1);
  let activeFlags = new Uint8Array(size + 1);
  let nextFlags = new Uint8Array(size + 1);
  let activeCount = enter(kinds, active, activeFlags, 0, 0);
  let steps = 0;
  for (let position = 0; position < path.length && activeCount > 0; position++) {
    const char = path[position];
    let nextCount = 0;
    for (let index = 0; index < activeCount; index++) {
      const state = active[index];
      activeFlags[state] = 0;
      if (state === size) continue;
      const kind = kinds[state];
      if (kind === GLOBSTAR || (kind === STAR && char !== '/')) nextCount = enter(kinds, next, nextFlags, nextCount, state);
      else if (kind === ONE || (kind === LITERAL && chars[state] === char)) nextCount = enter(kinds, next, nextFlags, nextCount, state + 1);
    }
    steps += activeCount;
    const states = active;
    active = next;
    next = states;
    const flags = activeFlags;
    activeFlags = nextFlags;
    nextFlags = flags;
    activeCount = nextCount;
  }
  budget?.spend(steps);
  return activeFlags[size] === 1;
}

/** Adds a state and, since every wildcard but ONE may match nothing, the states past the wildcards that follow it. */
function enter(kinds: Uint8Array, states: Int32Array, flags: Uint8Array, count: number, state: number): number {
  for (let at = state; flags[at] === 0; at++) {
    flags[at] = 1;
    states[count++] = at;
    if (at === kinds.length || (kinds[at] !== STAR && kinds[at] !== GLOBSTAR)) break;
  }
  return count;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
