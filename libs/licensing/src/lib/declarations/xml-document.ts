import { parseUntrustedXml } from '@allmende/xml';
import type { ParsedDocument } from './parse-document';

/** Untrusted XML as the manifest readers take it: the document, or the problem with its line. */
export function parseXml(text: string): ParsedDocument {
  const parsed = parseUntrustedXml(text);
  if (parsed.ok) return { document: parsed.value };
  return { error: parsed.line === null ? parsed.message : `${parsed.message} (line ${parsed.line})` };
}
