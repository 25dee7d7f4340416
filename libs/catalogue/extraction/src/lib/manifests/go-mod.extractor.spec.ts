import { expectLinearGrowth } from '@allmende/testing';
import { itRefusesUnreadableFiles, onlyComponent, onlyFinding } from '../support/catalogue-files.fixtures';
import { goModExtractor } from './go-mod.extractor';

const GO_MOD = `// XÖV for Go
module code.example.org/musterstadt/xoev-go // the canonical path

go 1.22

toolchain go1.22.4

require github.com/beevik/etree v1.4.0

require (
	golang.org/x/text v0.14.0
	github.com/stretchr/testify v1.9.0 // indirect

	"example.org/quoted" v1.0.0
)

replace golang.org/x/text => ../text
`;

describe('go.mod extractor', () => {
  it('matches go.mod outside vendored folders', () => {
    expect(['go.mod', 'tools/go.mod', 'testdata/mod/go.mod'].every(goModExtractor.matches)).toBe(true);
    expect(['go.sum', 'vendor/golang.org/x/text/go.mod'].some(goModExtractor.matches)).toBe(false);
  });

  it('reads the module path, the Go version and the direct requirements', () => {
    expect(onlyComponent(goModExtractor, 'go.mod', GO_MOD)).toMatchObject({
      key: 'LIBRARY:go.mod',
      kind: 'LIBRARY',
      name: 'code.example.org/musterstadt/xoev-go',
      version: null,
      ecosystem: 'go',
      declaredLicense: null,
      descriptions: {},
      details: { goVersion: '1.22', toolchain: 'go1.22.4', dependencies: ['github.com/beevik/etree', 'golang.org/x/text', 'example.org/quoted'] },
    });
  });

  it('reads a quoted module path, CRLF line ends and an unclosed block', () => {
    expect(onlyComponent(goModExtractor, 'go.mod', 'module "example.org/m"\r\ngo 1.21\r\nrequire (\r\n\ta v1\r\n').details).toEqual({ goVersion: '1.21', dependencies: ['a'] });
  });

  it.each([
    ['no module directive', 'go 1.22\nrequire a v1\n', null, /no module directive/],
    ['an empty file', '', null, /no module directive/],
    ['a module directive without a path', 'go 1.22\nmodule\n', 2, /does not hold one module path/],
    ['a module path with spaces', 'module a b\n', 1, /does not hold one module path/],
    ['binary-looking text', '\u0000\u0001module', null, /no module directive/],
  ])('refuses %s with a finding', (_case, content, line, message) => {
    expect(onlyFinding(goModExtractor, 'go.mod', content)).toEqual({ rule: 'invalid-manifest', severity: 'WARNING', path: 'go.mod', line, message: expect.stringMatching(message) });
  });

  it('reads a megabyte of requirements in linear time', () => {
    const goMod = (requirements: number) => `module a\nrequire (\n${'\tx v1 // indirect\n'.repeat(requirements)})\n`;
    const component = expectLinearGrowth(goMod, (content) => onlyComponent(goModExtractor, 'go.mod', content), { small: 6_875, large: 55_000 });
    expect(component.details).toEqual({});
  });

  itRefusesUnreadableFiles(goModExtractor, 'go.mod', (bytes) => `module a\n// ${'a'.repeat(bytes)}\n`);
});
