import { parse } from 'smol-toml';
import { field, isRecord } from './manifest-support';
import { parseDocument } from './parse-document';
import { MAX_ANNOTATIONS, MAX_GLOBS_PER_CONFIG, type ReuseAnnotation, type ReuseConfig, type ReusePrecedence } from './reuse-config.types';
import { compileGlob, type ReuseGlob } from './reuse-glob';
import { checkLicenseExpression } from './spdx-expression';

const PRECEDENCES: readonly ReusePrecedence[] = ['closest', 'aggregate', 'override'];
const TABLE_HEADER = /^\s*\[\[\s*(?:annotations|"annotations")\s*\]\]/;

/**
 * Reads one REUSE.toml (REUSE 3.3, schema version 1). A table with a missing or malformed
 * `path` or `precedence` cannot be applied and is left out; malformed entries of the other keys
 * are dropped one by one. Every such case is a problem for the caller to report; invalid SPDX
 * expressions come back with their check, for the caller to report as such.
 */
export function parseReuseToml(path: string, text: string): ReuseConfig {
  const config: ReuseConfig = { kind: 'reuse-toml', path, directory: path.slice(0, path.lastIndexOf('/') + 1), annotations: [], problems: [] };
  const parsed = parseDocument(text, (source) => parse(source, { maxDepth: 50 }));
  if ('error' in parsed) {
    const error = parsed.error as { message?: unknown; line?: unknown };
    const detail = typeof error?.message === 'string' ? error.message.split('\n')[0].replace(/^Invalid TOML document: /, '') : String(parsed.error);
    config.problems.push({ line: typeof error?.line === 'number' ? error.line : null, message: `${path} is not valid TOML: ${detail.slice(0, 200)}` });
    return config;
  }
  const lines = text.split(/\r\n|\r|\n/);
  const root = parsed.document;
  const version = field(root, 'version');
  if (version !== 1) {
    const line = lines.findIndex((candidate) => /^\s*version\s*=/.test(candidate));
    const found = version === undefined ? 'has no "version"' : `has "version" ${JSON.stringify(version)?.slice(0, 40)}`;
    config.problems.push({ line: line < 0 ? null : line + 1, message: `${path} ${found}; it must say version = 1 (read as version 1)` });
  }

  const tables = field(root, 'annotations');
  if (tables === undefined) return config;
  if (!Array.isArray(tables)) {
    config.problems.push({ line: null, message: `${path}: "annotations" must be a list of tables ([[annotations]])` });
    return config;
  }
  const headers = lines.flatMap((line, index) => (TABLE_HEADER.test(line) ? [index + 1] : []));
  const tableLines = headers.length === tables.length ? headers : [];
  let globs = 0;
  for (let index = 0; index < tables.length; index++) {
    if (index === MAX_ANNOTATIONS || globs >= MAX_GLOBS_PER_CONFIG) {
      config.problems.push({ line: tableLines[index] ?? null, message: `${path} has ${tables.length} annotations; only the first ${index} were read` });
      break;
    }
    const context = { config, lines, line: tableLines[index] ?? null, where: `${path}: annotation ${index + 1}`, room: MAX_GLOBS_PER_CONFIG - globs };
    const annotation = readTable(tables[index], context);
    if (annotation) {
      config.annotations.push(annotation);
      globs += annotation.globs.length;
    }
  }
  return config;
}

interface TableContext {
  config: ReuseConfig;
  lines: string[];
  line: number | null;
  where: string;
  /** How many more globs the file may have. */
  room: number;
}

function readTable(table: unknown, context: TableContext): ReuseAnnotation | null {
  const { config, line, where } = context;
  const problem = (message: string) => config.problems.push({ line, message: `${where}: ${message}` });
  if (!isRecord(table)) {
    problem('is not a table');
    return null;
  }
  const paths = strings(field(table, 'path'));
  if (paths === null || paths.length === 0) {
    problem('"path" is required: a path or a list of paths');
    return null;
  }
  const precedence = field(table, 'precedence') ?? 'closest';
  if (!PRECEDENCES.includes(precedence as ReusePrecedence)) {
    problem(`"precedence" must be closest, aggregate or override, not ${JSON.stringify(precedence)?.slice(0, 40)}; the annotation is not applied`);
    return null;
  }
  if (paths.length > context.room) problem(`has ${paths.length} paths; only the first ${context.room} were read`);
  const globs: ReuseGlob[] = [];
  for (const path of paths.slice(0, context.room)) {
    const glob = typeof path === 'string' ? compileGlob(path, 'reuse-toml') : { error: `${JSON.stringify(path)?.slice(0, 40)} is not a string` };
    if ('error' in glob) problem(`bad path: ${glob.error}`);
    else globs.push(glob);
  }
  return {
    globs,
    precedence: precedence as ReusePrecedence,
    copyrights: texts(field(table, 'SPDX-FileCopyrightText'), 'SPDX-FileCopyrightText', problem),
    expressions: texts(field(table, 'SPDX-License-Identifier'), 'SPDX-License-Identifier', problem).map((raw) => ({
      raw,
      line: lineOfValue(context, raw),
      check: checkLicenseExpression(raw),
    })),
    line,
  };
}

/** A string or a list as given, or null when the value is neither. */
function strings(value: unknown): unknown[] | null {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value : null;
}

/** The non-empty strings of an optional string-or-list key; anything else is a problem. */
function texts(value: unknown, key: string, problem: (message: string) => void): string[] {
  if (value === undefined) return [];
  const items = strings(value);
  if (items === null) {
    problem(`"${key}" must be a string or a list of strings`);
    return [];
  }
  const result: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item.trim() !== '') result.push(item.trim());
    else problem(`"${key}" holds ${typeof item === 'string' ? 'an empty string' : `${JSON.stringify(item)?.slice(0, 40)}, not a string`}`);
  }
  return result;
}

/** TOML values carry no position: the first line at or after the table that holds the value. */
function lineOfValue(context: TableContext, value: string): number | null {
  if (context.line === null) return null;
  for (let index = context.line - 1; index < context.lines.length; index++) {
    if (context.lines[index].includes(value)) return index + 1;
  }
  return context.line;
}
