import { countYamlWork } from '@allmende/testing';
import { validatePubliccode } from '../publiccode-validator';

/** Runs the validator, counting the YAML tokens it lexed and the aliases it resolved. */
function refusal(input: string | Uint8Array) {
  const { result: validation, tokens, aliasesResolved } = countYamlWork(() => validatePubliccode(input));
  return { validation, tokens, aliasesResolved };
}

function billionLaughs(levels: number, width: number): string {
  const lines = ['publiccodeYmlVersion: "0"', `l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let level = 1; level < levels; level += 1) lines.push(`l${level}: &l${level} [${Array(width).fill(`*l${level - 1}`).join(', ')}]`);
  lines.push(`usedBy: *l${levels - 1}`);
  return lines.join('\n');
}

describe('hostile YAML is refused before it costs anything', () => {
  it('refuses 50 MB at once, as text and as bytes, without parsing', () => {
    const text = `publiccodeYmlVersion: "0"\nname: ${'x'.repeat(50 * 1024 * 1024)}\n`;
    for (const input of [text, Buffer.from(text)]) {
      const { validation, tokens } = refusal(input);
      expect(validation).toEqual({
        valid: false,
        version: null,
        document: null,
        results: [{ type: 'error', key: '', line: 0, column: 0, description: 'the file is larger than 1048576 bytes and was not parsed' }],
      });
      expect(tokens).toBe(0);
    }
  });

  it('counts the limit in UTF-8 bytes and lets callers choose it', () => {
    const umlauts = `publiccodeYmlVersion: "0"\nname: ${'ä'.repeat(600_000)}\n`;
    expect(umlauts.length).toBeLessThan(1024 * 1024);
    expect(validatePubliccode(umlauts).results[0].description).toBe('the file is larger than 1048576 bytes and was not parsed');
    expect(validatePubliccode('publiccodeYmlVersion: "0"\n', { maxBytes: 10 }).results[0].description).toBe('the file is larger than 10 bytes and was not parsed');
  });

  it('refuses a billion laughs (nine levels of nine aliases) without expanding it', () => {
    const { validation, aliasesResolved } = refusal(billionLaughs(9, 9));
    expect(validation.results).toEqual([{ type: 'error', key: '', line: 0, column: 0, description: "the YAML's aliases expand to more than 10000 nodes" }]);
    // Each of the 81 aliases looked up about once, where expanding them would take 9^9 lookups.
    expect(aliasesResolved).toBeLessThan(1000);
  });

  it('refuses many aliases, and aliases that contain themselves', () => {
    const many = `publiccodeYmlVersion: "0"\nx: &x a\nusedBy: [${Array(101).fill('*x').join(', ')}]\n`;
    expect(validatePubliccode(many).results[0].description).toBe('the YAML uses more than 100 aliases');
    expect(validatePubliccode('publiccodeYmlVersion: "0"\nusedBy: &a [x, *a]\n').results[0].description).toBe(
      "the YAML's aliases expand to more than 10000 nodes",
    );
  });

  it('still follows a few honest aliases', () => {
    const text = `publiccodeYmlVersion: "0"\nlegal: &legal\n  license: EUPL-1.2\nusedBy: [&city Stadt Bonn, *city]\n`;
    expect(validatePubliccode(text).document).toMatchObject({ legal: { license: 'EUPL-1.2' }, usedBy: ['Stadt Bonn', 'Stadt Bonn'] });
  });

  it.each([
    ['flow collections', `publiccodeYmlVersion: "0"\nusedBy: ${'['.repeat(500_000)}${']'.repeat(500_000)}\n`],
    ['compact sequences', `publiccodeYmlVersion: "0"\nusedBy:\n  ${'- '.repeat(500_000)}x\n`],
    ['flow mappings', `publiccodeYmlVersion: "0"\nusedBy: ${'{a: '.repeat(200_000)}1${'}'.repeat(200_000)}\n`],
  ])('refuses deep nesting of %s having lexed only as far as the limit', (_kind, text) => {
    const { validation, tokens } = refusal(text);
    expect(validation.results).toEqual([{ type: 'error', key: '', line: 0, column: 0, description: 'the YAML is nested deeper than 64 levels' }]);
    // A few tokens per level up to 64 levels, of the hundreds of thousands the text holds.
    expect(tokens).toBeLessThan(1000);
  });

  it('refuses deep nesting by indentation after parsing', () => {
    const lines = ['publiccodeYmlVersion: "0"', 'usedBy:'];
    for (let depth = 1; depth <= 70; depth += 1) lines.push(`${' '.repeat(depth)}k${depth}:`);
    expect(validatePubliccode(lines.join('\n')).results[0].description).toBe('the YAML is nested deeper than 64 levels');
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('publiccodeYmlVersion: "0"\nname: '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    expect(validatePubliccode(bytes).results).toEqual([{ type: 'error', key: '', line: 0, column: 0, description: 'Invalid UTF-8' }]);
  });
});
