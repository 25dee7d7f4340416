import { LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { PubliccodeResult } from '../publiccode.types';
import { exceedsNestingWhileLexing, MAX_NESTING, shapeProblem } from '@allmende/yaml';

export const DEFAULT_MAX_BYTES = 1024 * 1024;

export interface YamlSource {
  /** Null for an empty stream; aliases are resolved against it. */
  document: Document.Parsed | null;
  /** The top node, or null for a document that is empty or only comments. */
  root: Node | null;
  lineCounter: LineCounter;
}

export type YamlLoad = { ok: true; source: YamlSource } | { ok: false; result: PubliccodeResult };

const PARSE_OPTIONS = { prettyErrors: false, version: '1.2', schema: 'core', uniqueKeys: true, strict: true } as const;

/**
 * Parses untrusted YAML 1.2 (so `yes`/`on`/`no` stay strings) in the order that keeps it cheap:
 * the size is checked before a byte is decoded, the nesting before the parser builds anything,
 * and the aliases before anyone expands them.
 */
export function loadYaml(input: string | Uint8Array, maxBytes: number = DEFAULT_MAX_BYTES): YamlLoad {
  const size = typeof input === 'string' ? utf8Length(input, maxBytes) : input.byteLength;
  if (size > maxBytes) return refused(`the file is larger than ${maxBytes} bytes and was not parsed`);
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeUtf8(input);
  if (text === null) return refused('Invalid UTF-8');
  if (exceedsNestingWhileLexing(text)) return refused(`the YAML is nested deeper than ${MAX_NESTING} levels`);

  const lineCounter = new LineCounter();
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter }) as Document.Parsed[];
  } catch (error) {
    return refused(`the YAML could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (documents.length > 1) return refused('multiple YAML documents in one file are not supported');
  const document = documents[0];
  if (document === undefined) return { ok: true, source: { document: null, root: null, lineCounter } };
  const [error] = document.errors;
  if (error) {
    return { ok: false, result: { type: 'error', key: '', line: lineCounter.linePos(error.pos[0]).line, column: 1, description: error.message } };
  }
  const problem = shapeProblem(document);
  if (problem) return refused(problem);
  return { ok: true, source: { document, root: document.contents, lineCounter } };
}

function refused(description: string): YamlLoad {
  return { ok: false, result: { type: 'error', key: '', line: 0, column: 0, description } };
}

/** Counting stops once the limit is passed: a 50 MB string is not walked to the end. */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  return Buffer.byteLength(text, 'utf8');
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
