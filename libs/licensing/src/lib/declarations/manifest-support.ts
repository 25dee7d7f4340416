import { checkLicenseExpression } from './spdx-expression';
import type { ExpressionCheck } from './spdx-expression.types';
import { licenseIdFromUrl } from './license-url';
import type { ManifestDeclaration, ManifestLicenses } from './manifest.types';

/** What every manifest reader knows about the file it reads. */
export interface ManifestFile {
  path: string;
  text: string;
  manifest: string;
  source?: ManifestDeclaration['source'];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only, so `__proto__` and `constructor` in hostile input stay plain data. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

export function stringField(value: unknown, key: string): string | null {
  const found = field(value, key);
  return typeof found === 'string' && found.trim() !== '' ? found.trim() : null;
}

export function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim()) : [];
}

export function emptyResult(file: ManifestFile, error: string | null = null): ManifestLicenses {
  return { manifest: file.manifest, declarations: [], licenseFiles: [], unlicensed: false, error };
}

export function parseError(file: ManifestFile, format: string, error: unknown): ManifestLicenses {
  const detail = error instanceof Error ? error.message : String(error);
  return emptyResult(file, `${file.manifest} is not valid ${format}: ${detail.split('\n')[0].slice(0, 200)}`);
}

/** The first 1-based line matching `pattern`; null when none does. */
export function lineOf(text: string, pattern: RegExp): number | null {
  const lines = text.split(/\r\n|\r|\n/);
  const index = lines.findIndex((line) => pattern.test(line));
  return index < 0 ? null : index + 1;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function declare(file: ManifestFile, raw: string, line: number | null, check = checkLicenseExpression(raw), interpreted = false): ManifestDeclaration {
  return { path: file.path, line, raw, check, source: file.source ?? 'MANIFEST', manifest: file.manifest, interpreted };
}

/** Free text read as a license: itself when it is an expression, else its suggestion, else its URL. */
export function interpret(name: string | null, url: string | null = null): { check: ExpressionCheck; interpreted: boolean } {
  const direct = checkLicenseExpression(name ?? '');
  if (direct.valid) return { check: direct, interpreted: false };
  const guess = direct.suggestion ?? (url ? licenseIdFromUrl(url) : null);
  if (guess === null) return { check: name === null ? checkLicenseExpression(url ?? '') : direct, interpreted: false };
  return { check: checkLicenseExpression(guess), interpreted: true };
}

/**
 * Alternatives of a list field as one declaration: `raw` joins what was written, `check` the
 * checked entries, so an invalid entry makes the whole declaration invalid and says which.
 */
export function alternatives(file: ManifestFile, entries: { raw: string; check: ExpressionCheck; interpreted?: boolean }[], line: number | null): ManifestDeclaration | null {
  if (entries.length === 0) return null;
  const interpreted = entries.some((entry) => entry.interpreted === true);
  if (entries.length === 1) return declare(file, entries[0].raw, line, entries[0].check, interpreted);
  const raw = orOf(entries.map((entry) => entry.raw));
  const bad = entries.find((entry) => !entry.check.valid);
  if (bad && !bad.check.valid) {
    const suggestions = entries.map((entry) => (entry.check.valid ? entry.check.expression : entry.check.suggestion));
    const suggestion = suggestions.every((s): s is string => s !== null) ? checkLicenseExpression(orOf(suggestions)) : null;
    const check: ExpressionCheck = { valid: false, reason: `\`${bad.raw}\`: ${bad.check.reason}`, suggestion: suggestion?.valid ? suggestion.expression : null };
    return declare(file, raw, line, check, interpreted);
  }
  const expressions = entries.map((entry) => (entry.check.valid ? entry.check.expression : entry.raw));
  return declare(file, raw, line, checkLicenseExpression(orOf(expressions)), interpreted);
}

function orOf(parts: string[]): string {
  return parts.map((part) => (/\s/.test(part.trim()) ? `(${part.trim()})` : part.trim())).join(' OR ');
}

/** `license-file = "../LICENSE"` in `crates/a/Cargo.toml` -> `crates/LICENSE`; null when it leaves the repository. */
export function resolveRelative(manifestPath: string, target: string): string | null {
  if (target.startsWith('/') || /^[a-z]+:/i.test(target)) return null;
  const parts = manifestPath.split('/').slice(0, -1);
  for (const segment of target.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.length === 0 ? null : parts.join('/');
}
