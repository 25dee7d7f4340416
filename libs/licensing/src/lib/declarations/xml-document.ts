import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseDocument, type ParsedDocument } from './parse-document';

/**
 * Parses untrusted XML. Entities are left alone so a DOCTYPE cannot expand into gigabytes;
 * the few standard ones a license name may contain are decoded by {@link xmlText}.
 */
export function parseXml(text: string): ParsedDocument {
  if (exceedsDepth(text)) return { error: `elements are nested deeper than ${MAX_DEPTH} levels` };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { error: `${valid.err.msg} (line ${valid.err.line})` };
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, processEntities: false, parseTagValue: false, trimValues: true });
  return parseDocument(text, (source) => parser.parse(source));
}

/** Manifests nest a handful of levels; the parser recurses per level and must not reach the stack's end. */
const MAX_DEPTH = 256;
const TAG = /<(\/?)[A-Za-z_][^<>]*?(\/?)>/g;

/** Counts open elements tag by tag, without parsing: linear, and stops at the limit. */
function exceedsDepth(text: string): boolean {
  let depth = 0;
  for (const [, closing, selfClosing] of text.matchAll(TAG)) {
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && ++depth > MAX_DEPTH) return true;
  }
  return false;
}

const ENTITIES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

/** The text of an element that may have been parsed as a string, a number or `{'#text': …}`. */
export function xmlText(value: unknown): string | null {
  const raw = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['#text'] : value;
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const text = String(raw).replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => ENTITIES[entity]).trim();
  return text === '' ? null : text;
}

export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
