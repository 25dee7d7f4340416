import type { SecretScanOptions, SecretRule } from './secret-scan.types';
import type { SecretFileKind } from './file-kind';

/** A secret one rule found, before allow-lists and limits. */
export interface SecretCandidate {
  rule: SecretRule;
  /** What the message calls it: `GitHub token`, `password in a URL`. */
  kind: string;
  /** 0-based line number and index into that line where the secret starts. */
  line: number;
  index: number;
  /** Characters of the line the finding covers, to tell overlapping findings apart. */
  length: number;
  secret: string;
}

export type SecretSettings = Required<Pick<SecretScanOptions, 'entropyThreshold' | 'minSecretLength' | 'maxFileBytes'>>;

export interface ScannedFile {
  path: string;
  kind: SecretFileKind;
  settings: SecretSettings;
}

/** A rule that reads one line at a time: its candidates carry `line` 0 and the scanner fills it in. */
export type LineRule = (line: string, file: ScannedFile) => SecretCandidate[];

/** A lookup table of the characters a token may consist of, for scanning without regular expressions. */
export function charTable(ranges: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let index = 0; index < ranges.length; index++) {
    if (ranges[index + 1] === '-' && index + 2 < ranges.length) {
      for (let code = ranges.charCodeAt(index); code <= ranges.charCodeAt(index + 2); code++) table[code] = 1;
      index += 2;
    } else {
      table[ranges.charCodeAt(index)] = 1;
    }
  }
  return table;
}

export function inTable(table: Uint8Array, code: number): boolean {
  return code < 128 && table[code] === 1;
}

/**
 * The maximal runs of table characters that begin with `prefix` at a token boundary. A
 * prefix inside a run is not at a boundary, so the search goes on after the run: each
 * character of the line is read once per prefix, whatever the line holds.
 */
export function prefixedRuns(line: string, prefix: string, table: Uint8Array): { index: number; end: number }[] {
  const runs: { index: number; end: number }[] = [];
  for (let from = 0; ; ) {
    const index = line.indexOf(prefix, from);
    if (index < 0) return runs;
    let end = index + prefix.length;
    while (end < line.length && inTable(table, line.charCodeAt(end))) end++;
    if (index === 0 || !inTable(table, line.charCodeAt(index - 1))) runs.push({ index, end });
    from = end;
  }
}
