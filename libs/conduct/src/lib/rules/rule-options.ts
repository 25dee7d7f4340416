import type { ConductRuleSeverity } from '../conduct.types';
import { ConductRulesError } from './conduct-rules.error';
import { compilePathPattern, PathPattern } from './path-pattern';

/**
 * Readers for the values a rule's options may hold. Each takes the raw YAML value and the
 * place it stands (`config/conduct-rules.yaml: rules.secrets.options.allowPaths[2]`) and throws
 * a ConductRulesError naming that place, so an operator's typo never silently weakens a rule.
 */
export type OptionReader<T> = (value: unknown, where: string) => T;

const SEVERITIES: readonly ConductRuleSeverity[] = ['ERROR', 'WARNING', 'INFO', 'OFF'];

export const readSeverity: OptionReader<ConductRuleSeverity> = (value, where) => {
  if (!SEVERITIES.includes(value as ConductRuleSeverity)) throw new ConductRulesError(`${where} must be one of ${SEVERITIES.join(', ')}`);
  return value as ConductRuleSeverity;
};

export const readBoolean: OptionReader<boolean> = (value, where) => {
  if (typeof value !== 'boolean') throw new ConductRulesError(`${where} must be true or false`);
  return value;
};

export function readInteger(min: number, max: number): OptionReader<number> {
  return (value, where) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new ConductRulesError(`${where} must be a whole number from ${min} to ${max}`);
    }
    return value;
  };
}

/** `null` keeps the default of the library the option is handed to. */
export function readOptionalNumber(min: number, max: number, integer: boolean): OptionReader<number | null> {
  return (value, where) => {
    if (value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      throw new ConductRulesError(`${where} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, or null for the scanner's default`);
    }
    return value;
  };
}

export function readStringList(what: string, check: (entry: string) => string | null = () => null): OptionReader<string[]> {
  return (value, where) => {
    if (!Array.isArray(value)) throw new ConductRulesError(`${where} must be a list of ${what}`);
    return value.map((entry, index) => {
      if (typeof entry !== 'string' || entry.trim() === '') throw new ConductRulesError(`${where}[${index}] must be a non-empty string`);
      const problem = check(entry);
      if (problem) throw new ConductRulesError(`${where}[${index}] "${entry}" ${problem}`);
      return entry;
    });
  };
}

/** Like readStringList, but the entries must be one of `allowed`. */
export function readChoiceList<T extends string>(allowed: readonly T[], nonEmpty: boolean): OptionReader<T[]> {
  const list = readStringList('values', (entry) => (allowed.includes(entry as T) ? null : `is not one of ${allowed.join(', ')}`));
  return (value, where) => {
    const entries = list(value, where) as T[];
    if (nonEmpty && entries.length === 0) throw new ConductRulesError(`${where} must name at least one of ${allowed.join(', ')}`);
    return entries;
  };
}

export const readPatterns: OptionReader<PathPattern[]> = (value, where) => {
  if (!Array.isArray(value)) throw new ConductRulesError(`${where} must be a list of path patterns`);
  return value.map((entry, index) => {
    if (typeof entry !== 'string') throw new ConductRulesError(`${where}[${index}] must be a path pattern`);
    const pattern = compilePathPattern(entry);
    if (typeof pattern === 'string') throw new ConductRulesError(`${where}[${index}] "${entry}" ${pattern}`);
    return pattern;
  });
};

/** File names without a directory, e.g. `README`; any extension is accepted after them. */
export const readFileNames = nonEmptyList(
  readStringList('file names', (entry) => (/[/\\]/.test(entry) ? 'must be a file name without a directory' : null)),
  'file name',
);

/** Directories relative to the top of the tree; `.` is the top itself. */
export const readDirectories: OptionReader<string[]> = (value, where) =>
  nonEmptyList(
    readStringList('directories', (entry) =>
      entry.startsWith('/') || entry.split('/').includes('..') ? 'must be a directory inside the repository ("." for the top)' : null,
    ),
    'directory',
  )(value, where).map((entry) => entry.replace(/^\.\/|\/+$/g, '') || '.');

function nonEmptyList<T>(reader: OptionReader<T[]>, what: string): OptionReader<T[]> {
  return (value, where) => {
    const entries = reader(value, where);
    if (entries.length === 0) throw new ConductRulesError(`${where} must name at least one ${what}`);
    return entries;
  };
}
