import { CST, Lexer, isAlias, isMap, isPair, isSeq, type Document, type Node } from 'yaml';

/** publiccode.yml nests five levels deep, manifests a few more; anything far deeper is an attack on the parser or on us. */
export const MAX_NESTING = 64;
/** What the yaml package allows by default when it expands aliases itself. */
export const MAX_ALIASES = 100;
/** Anchors for a repeated contact are fine; thousands of nodes that exist only through aliases are a bomb. */
export const MAX_NODES_THROUGH_ALIASES = 10_000;

/**
 * The parser composes nodes recursively: `[[[[…` or `- - - - …` a hundred thousand levels deep
 * costs seconds and, past that, the process. The lexer is lazy and flat, so the depth is known
 * after reading only as far as the limit. Nesting by indentation needs a line per level and stays
 * within what the composer handles; `shapeProblem` bounds it after parsing.
 */
export function exceedsNestingWhileLexing(text: string): boolean {
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

/**
 * Why a parsed document must not be walked, or null. Depth and alias count are measured without
 * recursion; only then, with both bounded, is the size the aliases expand to computed, stopping
 * at the first cycle (`&a [*a]`) or once the budget is spent.
 */
export function shapeProblem(document: Document.Parsed): string | null {
  let depth = 0;
  let aliases = 0;
  let nodes = 0;
  const stack: [unknown, number][] = document.contents ? [[document.contents, 1]] : [];
  while (stack.length > 0) {
    const [node, level] = stack.pop() as [unknown, number];
    depth = Math.max(depth, level);
    if (depth > MAX_NESTING) return `the YAML is nested deeper than ${MAX_NESTING} levels`;
    if (isAlias(node)) aliases += 1;
    else if (isMap(node) || isSeq(node)) for (const item of node.items) stack.push([item, level + 1]);
    else if (isPair(node)) stack.push([node.key, level], [node.value, level]);
    if (node) nodes += 1;
  }
  if (aliases > MAX_ALIASES) return `the YAML uses more than ${MAX_ALIASES} aliases`;
  if (aliases === 0) return null;
  const expanded = expandedSize(document, nodes + MAX_NODES_THROUGH_ALIASES);
  return expanded > nodes + MAX_NODES_THROUGH_ALIASES ? `the YAML's aliases expand to more than ${MAX_NODES_THROUGH_ALIASES} nodes` : null;
}

/** Nodes counted as if every alias were replaced by a copy of its anchor; past `limit`, any larger number. */
function expandedSize(document: Document.Parsed, limit: number): number {
  const sizes = new Map<unknown, number>();
  const open = new Set<unknown>();
  const sizeOf = (node: unknown): number => {
    if (!node) return 0;
    if (isAlias(node)) return 1 + sizeOf(node.resolve(document));
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) return Infinity;
    open.add(node);
    let size = 1;
    const children = isMap(node) || isSeq(node) ? node.items : isPair(node) ? [node.key, node.value] : [];
    for (const child of children) {
      size += sizeOf(child);
      if (size > limit) break;
    }
    open.delete(node);
    sizes.set(node, size);
    return size;
  };
  return sizeOf(document.contents as Node | null);
}
