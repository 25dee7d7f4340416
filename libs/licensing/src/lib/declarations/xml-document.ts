import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseDocument, type ParsedDocument } from './parse-document';

/**
 * Parses untrusted XML. Entities are left alone so a DOCTYPE cannot expand into gigabytes;
 * the few standard ones a license name may contain are decoded by {@link xmlText}.
 */
export function parseXml(text: string): ParsedDocument {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { error: `${valid.err.msg} (line ${valid.err.line})` };
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, processEntities: false, parseTagValue: false, trimValues: true });
  return parseDocument(text, (source) => parser.parse(source));
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
