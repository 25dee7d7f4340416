import { parse } from 'yaml';
import { exceedsNestingWhileLexing, MAX_NESTING } from '@allmende/yaml';
import { parseDocument, type ParsedDocument } from './parse-document';

/**
 * Parses untrusted YAML: aliases are capped (no "billion laughs"), and deep nesting is refused
 * before the parser recurses into it; past the stack's depth the parser can take the process
 * down instead of throwing.
 */
export function parseYaml(text: string): ParsedDocument {
  if (exceedsNestingWhileLexing(text)) return { error: new Error(`nested deeper than ${MAX_NESTING} levels`) };
  return parseDocument(text, (source) => parse(source, { maxAliasCount: 100, uniqueKeys: false }));
}
