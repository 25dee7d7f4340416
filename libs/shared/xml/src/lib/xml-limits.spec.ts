import { expectLinearGrowth } from '@allmende/testing';
import { exceedsXmlDepth, MAX_XML_DEPTH } from './xml-limits';
import { parseUntrustedXml } from './untrusted-xml';

const nested = (levels: number, inner = 'x') => `${'<a>'.repeat(levels)}${inner}${'</a>'.repeat(levels)}`;

describe('XML limits', () => {
  it('lets ordinary documents through, up to the limit', () => {
    expect(exceedsXmlDepth('<?xml version="1.0"?>\n<project a="1"><b/><c x=\'>\'>t</c><!-- c --></project>')).toBe(false);
    expect(exceedsXmlDepth(nested(MAX_XML_DEPTH))).toBe(false);
    expect(exceedsXmlDepth(nested(MAX_XML_DEPTH + 1))).toBe(true);
  });

  it.each([
    ['plain elements', (n: number) => nested(n)],
    ['closing tags hidden in comments', (n: number) => `${'<a><!-- </a> -->'.repeat(n)}${'</a>'.repeat(n)}`],
    ['closing tags hidden in CDATA', (n: number) => `${'<a><![CDATA[</a>]]>'.repeat(n)}${'</a>'.repeat(n)}`],
    ['closing tags hidden in processing instructions', (n: number) => `${'<a><?pi </a> ?>'.repeat(n)}${'</a>'.repeat(n)}`],
    ['closing tags hidden in attribute values', (n: number) => `${'<a t="</a>">'.repeat(n)}${'</a>'.repeat(n)}`],
    ['closing tags hidden in a DOCTYPE', (n: number) => `<!DOCTYPE a [<!ENTITY e "]></a>"> <!-- ]> -->]>${nested(n)}`],
  ])('finds 100,000 levels of %s, in one pass linear in the length', (_case, build) => {
    expect(exceedsXmlDepth(`<project>${build(100_000)}</project>`)).toBe(true);
    // With a limit of its own depth (the levels and <project>) the check reads to the end instead of stopping early.
    const document = (levels: number) => ({ levels, text: `<project>${build(levels)}</project>` });
    expect(expectLinearGrowth(document, ({ levels, text }) => exceedsXmlDepth(text, levels + 1), { small: 12_500, large: 100_000 })).toBe(false);
  });

  it('refuses hostile nesting before the recursive parser sees it, and reports syntax errors with their line', () => {
    expect(parseUntrustedXml(`<project>${'<a><!-- </a> -->'.repeat(100_000)}${'</a>'.repeat(100_000)}</project>`)).toEqual({
      ok: false,
      message: `elements are nested deeper than ${MAX_XML_DEPTH} levels`,
      line: null,
    });
    expect(parseUntrustedXml('<project>\n  <name>x</nam>\n</project>')).toMatchObject({ ok: false, line: 2 });
  });

  it('parses attributes and leaves entities alone', () => {
    expect(parseUntrustedXml('<!DOCTYPE p [<!ENTITY big "lots">]><p:project xmlns:p="urn:x" id="1"><name>A &amp; B &big;</name></p:project>')).toEqual({
      ok: true,
      value: { project: { '@id': '1', name: 'A &amp; B &big;' } },
    });
  });
});
