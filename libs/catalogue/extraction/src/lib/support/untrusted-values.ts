/**
 * Readers for parsed data from a pushed file: every value may have any type, so each one is
 * checked where it is read and a wrong type reads as absent instead of throwing.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own properties only, so `__proto__` and `constructor` in hostile input stay plain data. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

/** A string with something in it, trimmed; anything else is null. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The strings of a list (or a single string as a list of one), without the entries of other types. */
export function textList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map(text).filter((item): item is string => item !== null);
}

export function flag(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

/** The keys of a mapping, e.g. the package names of a dependency table. */
export function keysOf(value: unknown): string[] {
  return isRecord(value) ? Object.keys(value).filter((key) => key.trim() !== '') : [];
}

/** Values in their first order, each once. */
export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Details without the facts a file does not state, so the component page shows no empty rows. */
export function presentDetails(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0) && !(isRecord(value) && Object.keys(value).length === 0)));
}
