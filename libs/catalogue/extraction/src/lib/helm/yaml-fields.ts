import { clipText, firstItems } from '../text/text-limits';

/**
 * Typed reads of YAML whose shape nobody promised: every field is unknown until checked, so
 * `name: [1, 2]` or `keywords: {a: b}` read as absent instead of crashing the extraction.
 */
export type YamlRecord = Record<string, unknown>;

export function recordOf(value: unknown): YamlRecord | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype ? (value as YamlRecord) : null;
}

/** A non-empty string, trimmed and bounded; anything else is absent. */
export function textOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : clipText(trimmed);
}

export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? firstItems(value) : [];
}

export function textsOf(value: unknown): string[] {
  return listOf(value).flatMap((item) => textOf(item) ?? []);
}

/** YAML 1.1 booleans are already booleans; a quoted "true" counts too, as templates that insert `{{ .Values.x }}` unquoted make it one. */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

export function isFalse(value: unknown): boolean {
  return value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');
}
