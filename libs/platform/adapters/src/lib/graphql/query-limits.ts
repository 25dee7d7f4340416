import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import type { GraphqlLimits } from '@allmende/config';

export interface QueryMeasure {
  depth: number;
  aliases: number;
  complexity: number;
}

/** Parse-time bound: a document cannot cost more than this many tokens to read. */
export const MAX_DOCUMENT_TOKENS = 5_000;

/** Assumed size of a list whose `first` is not given: the API's default page size. */
const DEFAULT_LIST_SIZE = 20;

/**
 * Measures an operation statically: nesting depth, number of aliases and an estimated
 * cost where every field costs 1 and a paged field multiplies what is below it by `first`.
 */
export function measureOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let aliases = 0;
  let maxDepth = 0;

  const walk = (selectionSet: SelectionSetNode, depth: number, visiting: Set<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        if (selection.alias) aliases += 1;
        maxDepth = Math.max(maxDepth, depth);
        const firstArgument = selection.arguments?.find((argument) => argument.name.value === 'first');
        const multiplier = firstArgument ? listSize(firstArgument.value, variables) : 1;
        const children = selection.selectionSet ? walk(selection.selectionSet, depth + 1, visiting) : 0;
        cost += 1 + multiplier * children;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(selection.selectionSet, depth, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Fragment cycles are rejected by GraphQL validation before this runs.
        if (!fragment || visiting.has(name)) continue;
        cost += walk(fragment.selectionSet, depth, new Set(visiting).add(name));
      }
    }
    return cost;
  };

  const complexity = walk(operation.selectionSet, 1, new Set());
  return { depth: maxDepth, aliases, complexity };
}

function listSize(value: ValueNode, variables: Record<string, unknown>): number {
  const raw =
    value.kind === Kind.INT ? Number(value.value) : value.kind === Kind.VARIABLE ? variables[value.name.value] : undefined;
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? Math.max(1, raw) : DEFAULT_LIST_SIZE;
}

export function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

export function checkLimits(measure: QueryMeasure, limits: GraphqlLimits): void {
  if (measure.depth > limits.maxDepth) {
    throw tooComplex(`query depth ${measure.depth} exceeds the limit of ${limits.maxDepth}`);
  }
  if (measure.aliases > limits.maxAliases) {
    throw tooComplex(`query uses ${measure.aliases} aliases; the limit is ${limits.maxAliases}`);
  }
  if (measure.complexity > limits.maxComplexity) {
    throw tooComplex(`query complexity ${measure.complexity} exceeds the limit of ${limits.maxComplexity}`);
  }
}
