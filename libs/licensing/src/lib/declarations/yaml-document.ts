import { parse } from 'yaml';
import { parseDocument, type ParsedDocument } from './parse-document';

/** Parses untrusted YAML: aliases are capped (no "billion laughs") and deep nesting fails as an error, not a crash. */
export function parseYaml(text: string): ParsedDocument {
  return parseDocument(text, (source) => parse(source, { maxAliasCount: 100, uniqueKeys: false }));
}
