const ENTITIES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

/** The text of an element that may have been parsed as a string, a number or `{'#text': …}`. */
export function xmlText(value: unknown): string | null {
  const raw = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['#text'] : value;
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const text = String(raw).replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => ENTITIES[entity]).trim();
  return text === '' ? null : text;
}

/** An element that occurs once is parsed as a value, several times as a list: always a list here. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
