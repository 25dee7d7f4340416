import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

const NOWHERE: Position = { line: 0, column: 0 };

/**
 * Places findings the way publiccode-parser-go does, so that its users see the same lines:
 * a result about a key sits on that key; about a missing key, on the first key of the mapping
 * that lacks it (or on the `{` of a flow mapping); about a list item, on the item. Type errors
 * are named by the key found on the line of the offending value.
 */
export class YamlPositions {
  constructor(
    private readonly root: Node | null,
    private readonly lineCounter: LineCounter,
  ) {}

  /** Where a node starts: a block mapping at its first key, a flow collection at its bracket. */
  of(node: Node): Position {
    const offset = node.range?.[0];
    if (offset === undefined) return NOWHERE;
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  /** The position of a dotted key path such as `description[en-GB].videos[0]`. */
  keyPosition(key: string): Position {
    if (this.root === null || key === '') return NOWHERE;
    return this.find(this.root, key.split('.'));
  }

  /** The path of the key (or list item) that starts on `line`, or '' when none does. */
  keyAtLine(line: number): string {
    return this.root === null ? '' : this.keyAtLineIn(this.root, line, '');
  }

  private find(node: Node, parts: string[]): Position {
    const [part, ...rest] = parts;
    const { name, index, subkey } = splitPart(part);
    if (!isMap(node)) return this.of(node);
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      if (keyText(pair) !== name) continue;
      const keyPosition = this.of(pair.key);
      const value = isImplicitNull(pair.value) ? null : pair.value;
      if (index !== null) {
        if (!isSeq(value) || index >= value.items.length) return keyPosition;
        const item = value.items[index] as Node | null;
        if (item === null) return keyPosition;
        return rest.length === 0 ? this.of(item) : this.find(item, rest);
      }
      if (subkey !== null) return value === null ? keyPosition : this.find(value, [subkey, ...rest]);
      if (rest.length === 0 || value === null) return keyPosition;
      return this.find(value, rest);
    }
    if (node.flow) return this.of(node);
    const first = node.items[0] as Pair<Node, unknown> | undefined;
    return rest.length === 0 && first ? this.of(first.key) : NOWHERE;
  }

  private keyAtLineIn(node: Node, line: number, prefix: string): string {
    if (isMap(node)) {
      for (const pair of node.items as Pair<Node, Node | null>[]) {
        const key = prefix === '' ? keyText(pair) : `${prefix}.${keyText(pair)}`;
        if (this.of(pair.key).line === line) return key;
        const found = pair.value ? this.keyAtLineIn(pair.value, line, key) : '';
        if (found !== '') return found;
      }
    } else if (isSeq(node)) {
      for (const [index, item] of (node.items as (Node | null)[]).entries()) {
        if (item === null) continue;
        const key = `${prefix}[${index}]`;
        if (this.of(item).line === line) return key;
        const found = this.keyAtLineIn(item, line, key);
        if (found !== '') return found;
      }
    }
    return '';
  }
}

/** A mapping key as text; keys that are not strings (`1: x`) are named by their source. */
export function keyText(pair: Pair<unknown, unknown>): string {
  const key = pair.key;
  if (!isScalar(key)) return '';
  if (typeof key.value === 'string') return key.value;
  return typeof key.source === 'string' ? key.source : String(key.value);
}

/** `key:` with nothing after it: a null the parser places after the colon, not a value to point at. */
export function isImplicitNull(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null && !node.source);
}

/** `videos[0]` → name and index; `description[en-GB]` → name and the language as a subkey. */
function splitPart(part: string): { name: string; index: number | null; subkey: string | null } {
  const open = part.lastIndexOf('[');
  if (open < 0 || !part.endsWith(']')) return { name: part, index: null, subkey: null };
  const inside = part.slice(open + 1, -1);
  if (inside === '') return { name: part, index: null, subkey: null };
  const name = part.slice(0, open);
  return /^[0-9]+$/.test(inside) ? { name, index: Number(inside), subkey: null } : { name, index: null, subkey: inside };
}
