import { countYamlWork } from '@allmende/testing';
import { MAX_NESTING } from './yaml-limits';
import { parseUntrustedYaml } from './untrusted-yaml';

describe('parseUntrustedYaml', () => {
  it('reads YAML 1.2 into plain data: yes stays a string, a byte order mark is dropped', () => {
    expect(parseUntrustedYaml('\uFEFFname: x\nready: yes\nlist: [1, true, ~]\n')).toEqual({ ok: true, value: { name: 'x', ready: 'yes', list: [1, true, null] } });
    expect(parseUntrustedYaml('')).toEqual({ ok: true, value: null });
    expect(parseUntrustedYaml('# only a comment\n')).toEqual({ ok: true, value: null });
  });

  it('keeps numbers as written when asked', () => {
    expect(parseUntrustedYaml('version: 1.10\nport: 0x1F\nflag: true\n', { numbersAsText: true })).toEqual({ ok: true, value: { version: '1.10', port: '0x1F', flag: true } });
    expect(parseUntrustedYaml('version: 1.10\n')).toEqual({ ok: true, value: { version: 1.1 } });
  });

  it('merges `<<` keys only when asked', () => {
    const text = 'x-base: &base {restart: always}\nweb:\n  <<: *base\n  image: nginx\n';
    expect(parseUntrustedYaml(text, { merge: true })).toEqual({ ok: true, value: { 'x-base': { restart: 'always' }, web: { restart: 'always', image: 'nginx' } } });
    expect(parseUntrustedYaml(text)).toMatchObject({ ok: true, value: { web: { '<<': { restart: 'always' } } } });
  });

  it('keeps a `__proto__` key as plain data', () => {
    const parsed = parseUntrustedYaml('__proto__: {polluted: true}\n');
    expect(parsed.ok && Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['an unclosed flow sequence, where the parser notices', 'name: x\nlist: [1, 2\nother: y\n', 3],
    ['a duplicate key', 'name: x\nname: y\n', 2],
    ['a tab in the indentation', 'a:\n\t- b\n', 2],
  ])('refuses %s with its line', (_case, text, line) => {
    const parsed = parseUntrustedYaml(text);
    expect(parsed).toMatchObject({ ok: false, line });
    expect(parsed.ok || parsed.message).not.toContain('\n');
  });

  it.each([
    ['several documents', 'a: 1\n---\nb: 2\n', /several YAML documents/],
    ['100,000 levels of flow nesting', '['.repeat(100_000), new RegExp(`nested deeper than ${MAX_NESTING} levels`)],
    ['100,000 levels of block nesting', '- '.repeat(100_000), /nested deeper/],
    ['an alias bomb', `l0: &l0 "lol"\n${Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`).join('\n')}\n`, /aliases expand/],
    ['a cyclic alias', 'a: &a [*a]\n', /alias/],
  ])('refuses %s without a line and without crashing, before reading it to the end or expanding it', (_case, text, message) => {
    const { result: parsed, tokens, aliasesResolved } = countYamlWork(() => parseUntrustedYaml(text));
    expect(parsed).toEqual({ ok: false, message: expect.stringMatching(message), line: null });
    // The nesting is 100,000 tokens deep and the bomb expands to 9^9 nodes; the refusals read a few hundred.
    expect(tokens).toBeLessThan(1000);
    expect(aliasesResolved).toBeLessThan(1000);
  });
});
