import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { keyText } from '../yaml/yaml-positions';
import type { FieldType } from './publiccode-schema';

export const WRONG_TYPE = 'wrong type for this field';
/** Anchors for repeated contacts are fine; thousands of nodes reached only through aliases are a bomb. */
export const MAX_NODES_THROUGH_ALIASES = 10_000;

/** A value that does not fit the schema: `node` is where it is (its line names the key). */
export interface DecodeProblem {
  node: Node;
  description: string;
}

export interface Decoded {
  value: Record<string, unknown>;
  problems: DecodeProblem[];
}

/** Thrown when aliases expand beyond the budget: the document is refused as a whole. */
export class AliasExpansionError extends Error {
  override name = 'AliasExpansionError';
}

class Mismatch extends Error {
  constructor(
    readonly node: Node,
    readonly description: string,
  ) {
    super(description);
  }
}

interface Walk {
  document: Document.Parsed | null;
  aliasDepth: number;
  throughAliases: number;
}

/**
 * Reads the top-level mapping into plain values by the schema. Like the reference parser, a
 * top-level field with a problem anywhere inside is left out entirely (its required children are
 * then reported as missing), while the other fields are still read.
 */
export function decodeTopLevel(root: YAMLMap, fields: Readonly<Record<string, FieldType>>, document: Document.Parsed | null): Decoded {
  const walk: Walk = { document, aliasDepth: 0, throughAliases: 0 };
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
      const decoded = decode(pair.value, type, walk);
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

function decode(node: Node | null | undefined, type: FieldType, walk: Walk): unknown {
  if (node === null || node === undefined) return undefined;
  if (walk.aliasDepth > 0 && ++walk.throughAliases > MAX_NODES_THROUGH_ALIASES) {
    throw new AliasExpansionError(`the YAML's aliases expand to more than ${MAX_NODES_THROUGH_ALIASES} nodes`);
  }
  if (isAlias(node)) {
    const target = walk.document ? (node.resolve(walk.document) as Node | undefined) : undefined;
    walk.aliasDepth += 1;
    try {
      return decode(target, type, walk);
    } finally {
      walk.aliasDepth -= 1;
    }
  }
  if (isScalar(node) && node.value === null) return undefined;
  switch (type.kind) {
    case 'string':
      return scalarText(node);
    case 'bool':
      if (isScalar(node) && typeof node.value === 'boolean') return node.value;
      throw new Mismatch(node, WRONG_TYPE);
    case 'list':
      if (isSeq(node)) return (node.items as (Node | null)[]).map((item) => decode(item, type.of, walk) ?? zeroOf(type.of));
      if (type.scalarAsList && isScalar(node)) return [scalarText(node)];
      throw new Mismatch(node, WRONG_TYPE);
    case 'object':
      return decodeObject(node, type.fields, walk);
    case 'map':
      return decodeMap(node, type.of, walk);
  }
}

/** Numbers and booleans are read as the text that was written (`1.0` stays `1.0`). */
function scalarText(node: Node): string {
  if (!isScalar(node)) throw new Mismatch(node, WRONG_TYPE);
  if (typeof node.value === 'string') return node.value;
  return typeof node.source === 'string' ? node.source : String(node.value);
}

function decodeObject(node: Node, fields: Readonly<Record<string, FieldType>>, walk: Walk): Record<string, unknown> {
  if (!isMap(node)) throw new Mismatch(node, WRONG_TYPE);
  const value: Record<string, unknown> = {};
  for (const pair of node.items as Pair<Node, Node | null>[]) {
    const name = keyText(pair);
    const type = fields[name];
    if (!type) throw new Mismatch(pair.key, unknownField(name));
    const decoded = decode(pair.value, type, walk);
    if (decoded !== undefined) value[name] = decoded;
  }
  return value;
}

function decodeMap(node: Node, of: FieldType, walk: Walk): Record<string, unknown> {
  if (!isMap(node)) throw new Mismatch(node, WRONG_TYPE);
  const value: Record<string, unknown> = {};
  for (const pair of node.items as Pair<Node, Node | null>[]) value[keyText(pair)] = decode(pair.value, of, walk) ?? zeroOf(of);
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
