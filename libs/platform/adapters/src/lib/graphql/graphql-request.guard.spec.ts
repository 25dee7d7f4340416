import { bracketNesting } from './graphql-request.guard';

describe('bracketNesting', () => {
  it('counts the deepest nesting of brackets', () => {
    expect(bracketNesting('{ me { username } }')).toBe(2);
    expect(bracketNesting('query($a: [Int]) { x(a: [[1]]) { y } }')).toBe(4);
  });

  it('ignores brackets inside strings, block strings and comments', () => {
    expect(bracketNesting('{ x(a: "{{{{{") }')).toBe(2);
    expect(bracketNesting('{ x(a: """ {{{ " {{{ """) }')).toBe(2);
    expect(bracketNesting('{ x(a: "\\"{{{") }')).toBe(2);
    expect(bracketNesting('# {{{{{\n{ me }')).toBe(1);
  });

  it('measures hostile nesting without recursion', () => {
    expect(bracketNesting(`{${'a{'.repeat(100_000)}`)).toBe(100_001);
  });
});
