import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { exceedsXmlDepth, MAX_XML_DEPTH } from './xml-limits';

export type UntrustedXml = { ok: true; value: unknown } | { ok: false; message: string; line: number | null };

/**
 * Parses untrusted XML into plain objects (attributes under `@name`, namespace prefixes removed,
 * every value a string). Entities are left alone so a DOCTYPE cannot expand into gigabytes;
 * {@link xmlText} decodes the five standard ones. The depth is bounded before the parser, which
 * recurses per level, sees the text; the validator, which does not, finds syntax errors with
 * their line.
 */
export function parseUntrustedXml(text: string): UntrustedXml {
  if (exceedsXmlDepth(text)) return { ok: false, message: `elements are nested deeper than ${MAX_XML_DEPTH} levels`, line: null };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, message: valid.err.msg, line: valid.err.line };
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, processEntities: false, parseTagValue: false, trimValues: true });
  try {
    return { ok: true, value: parser.parse(text) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error), line: null };
  }
}
