import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { keyText } from '../yaml/yaml-positions';
import type { FieldType } from './publiccode-schema';

export const WRONG_TYPE = 'wrong type for this field';

/** A value that does not fit the schema: `node` is where it is (its line names the key). */
export interface DecodeProblem {
  node: Node;
  description: string;
}

export interface Decoded {
  value: Record<string, unknown>;
  problems: DecodeProblem[];
}

class Mismatch extends Error {
  constructor(
    readonly node: Node,
    readonly description: string,
  ) {
    super(description);
  }
}

/**
 * Reads the top-level mapping into plain values by the schema. Like the reference parser, a
 * top-level field with a problem anywhere inside is left out entirely (its required children are
 * then reported as missing), while the other fields are still read. Aliases are resolved
 * against `document`; loadYaml has bounded how far they expand.
 */
export function decodeTopLevel(root: YAMLMap, fields: Readonly<Record<string, FieldType>>, document: Document.Parsed | null): Decoded {
  const value: Record<string, unknown> = {};
  const problems: DecodeProblem[] = [];
  for (const pair of root.items as Pair<Node, Node | null>[]) {
    const name = keyText(pair);
    const type = fields[name];
    if (!type) {
      problems.push({ node: pair.key, description: unknownField(name) });
      continue;
    }
    try {
      const decoded = decode(pair.value, type, document);
      if (decoded !== undefined) value[name] = decoded;
    } catch (error) {
      if (!(error instanceof Mismatch)) throw error;
      problems.push({ node: error.node, description: error.description });
    }
  }
  return { value, problems };
}

function unknownField(name: string): string {
  return `unknown field "${name}"`;
}

function decode(node: Node | null | undefined, type: FieldType, document: Document.Parsed | null): unknown {
  if (node === null || node === undefined) return undefined;
  if (isAlias(node)) return decode(document ? (node.resolve(document) as Node | undefined) : undefined, type, document);
  if (isScalar(node) && node.value === null) return undefined;
  switch (type.kind) {
    case 'string':
      return scalarText(node);
    case 'bool':
      if (isScalar(node) && typeof node.value === 'boolean') return node.value;
      throw new Mismatch(node, WRONG_TYPE);
    case 'list':
      if (isSeq(node)) return (node.items as (Node | null)[]).map((item) => decode(item, type.of, document) ?? zeroOf(type.of));
      if (type.scalarAsList && isScalar(node)) return [scalarText(node)];
      throw new Mismatch(node, WRONG_TYPE);
    case 'object':
      return decodeObject(node, type.fields, document);
    case 'map':
      return decodeMap(node, type.of, document);
  }
}

/** Numbers and booleans are read as the text that was written (`1.0` stays `1.0`). */
function scalarText(node: Node): string {
  if (!isScalar(node)) throw new Mismatch(node, WRONG_TYPE);
  if (typeof node.value === 'string') return node.value;
  return typeof node.source === 'string' ? node.source : String(node.value);
}

function decodeObject(node: Node, fields: Readonly<Record<string, FieldType>>, document: Document.Parsed | null): Record<string, unknown> {
  if (!isMap(node)) throw new Mismatch(node, WRONG_TYPE);
  const value: Record<string, unknown> = {};
  for (const pair of node.items as Pair<Node, Node | null>[]) {
    const name = keyText(pair);
    const type = fields[name];
    if (!type) throw new Mismatch(pair.key, unknownField(name));
    const decoded = decode(pair.value, type, document);
    if (decoded !== undefined) value[name] = decoded;
  }
  return value;
}

function decodeMap(node: Node, of: FieldType, document: Document.Parsed | null): Record<string, unknown> {
  if (!isMap(node)) throw new Mismatch(node, WRONG_TYPE);
  const value: Record<string, unknown> = {};
  for (const pair of node.items as Pair<Node, Node | null>[]) value[keyText(pair)] = decode(pair.value, of, document) ?? zeroOf(of);
  return value;
}

/** What an empty entry (`- ` or `en:`) reads as, like Go's zero values. */
function zeroOf(type: FieldType): unknown {
  switch (type.kind) {
    case 'string':
      return '';
    case 'bool':
      return false;
    case 'list':
      return [];
    case 'object':
    case 'map':
      return {};
  }
}
