import { OperationDefinitionNode, parse } from 'graphql';
import { checkLimits, measureOperation } from './query-limits';

const limits = { maxDepth: 10, maxAliases: 15, maxComplexity: 2500, maxDocumentLength: 10_000 };

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return measureOperation(document, document.definitions[0] as OperationDefinitionNode, variables);
}

describe('query limits', () => {
  it('measures depth, including through fragments', () => {
    expect(measure('{ me { username } }').depth).toBe(2);
    expect(measure('query { a { ...F } } fragment F on X { b { c } }').depth).toBe(3);
  });

  it('counts aliases', () => {
    expect(measure('{ a: me { id } b: me { id } c: me { x: id } }').aliases).toBe(4);
  });

  it('multiplies the cost below a paged field by first, from literals and variables', () => {
    const literal = measure('{ repositories(first: 100) { edges { node { id name } } } }');
    const variable = measure('query($n: Int) { repositories(first: $n) { edges { node { id name } } } }', { n: 100 });
    expect(literal.complexity).toBe(1 + 100 * (1 + 1 * (1 + 2)));
    expect(variable.complexity).toBe(literal.complexity);
  });

  it('accepts an ordinary query and rejects each kind of abuse with QUERY_TOO_COMPLEX', () => {
    expect(() => checkLimits(measure('{ me { username } }'), limits)).not.toThrow();
    const deep = `{ ${'a { '.repeat(11)}b${' }'.repeat(11)} }`;
    const aliased = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const expensive = '{ a(first: 100) { b(first: 100) { c } } }';
    for (const query of [deep, aliased, expensive]) {
      expect(() => checkLimits(measure(query), limits)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) }),
      );
    }
  });
});
