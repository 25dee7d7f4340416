import { CST, Lexer, LineCounter, isAlias, isMap, isPair, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import type { PubliccodeResult } from '../publiccode.types';

export const DEFAULT_MAX_BYTES = 1024 * 1024;
/** publiccode.yml nests five levels deep; anything far deeper is an attack on the parser or on us. */
export const MAX_NESTING = 64;
/** What the yaml package allows by default when it expands aliases itself. */
export const MAX_ALIASES = 100;

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
  const shape = measure(document.contents);
  if (shape.depth > MAX_NESTING) return refused(`the YAML is nested deeper than ${MAX_NESTING} levels`);
  if (shape.aliases > MAX_ALIASES) return refused(`the YAML uses more than ${MAX_ALIASES} aliases`);
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

/**
 * The parser composes nodes recursively: `[[[[…` or `- - - - …` a hundred thousand levels deep
 * costs seconds and, past that, the process. The lexer is lazy and flat, so the depth is known
 * after reading only as far as the limit. Nesting by indentation needs a line per level and stays
 * within what the composer handles; it is bounded after parsing.
 */
function exceedsNestingWhileLexing(text: string): boolean {
  let flowDepth = 0;
  let indicatorsOnLine = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'flow-seq-start' || type === 'flow-map-start') flowDepth += 1;
    else if (type === 'flow-seq-end' || type === 'flow-map-end') flowDepth = Math.max(0, flowDepth - 1);
    else if (type === 'newline') indicatorsOnLine = 0;
    else if ((type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind') && flowDepth === 0) indicatorsOnLine += 1;
    if (flowDepth + indicatorsOnLine > MAX_NESTING) return true;
  }
  return false;
}

/** Depth and alias count without recursion, so that the walk itself cannot overflow. */
function measure(root: unknown): { depth: number; aliases: number } {
  let depth = 0;
  let aliases = 0;
  const stack: [unknown, number][] = root ? [[root, 1]] : [];
  while (stack.length > 0) {
    const [node, level] = stack.pop() as [unknown, number];
    depth = Math.max(depth, level);
    if (depth > MAX_NESTING || aliases > MAX_ALIASES) break;
    if (isAlias(node)) aliases += 1;
    else if (isMap(node) || isSeq(node)) for (const item of node.items) stack.push([item, level + 1]);
    else if (isPair(node)) {
      if (node.key) stack.push([node.key, level]);
      if (node.value) stack.push([node.value, level]);
    }
  }
  return { depth, aliases };
}

