import { extractWith, itRefusesUnreadableFiles, onlyComponent, onlyFinding, textFile } from '../support/catalogue-files.fixtures';
import { packageJsonExtractor } from './package-json.extractor';

describe('package.json extractor', () => {
  it('matches package.json anywhere but in node_modules, vendor and .git', () => {
    expect(['package.json', 'packages/forms/package.json', 'test/fixtures/pkg/package.json'].every(packageJsonExtractor.matches)).toBe(true);
    expect(['package-lock.json', 'node_modules/left-pad/package.json', 'a/node_modules/b/package.json', 'vendor/x/package.json'].some(packageJsonExtractor.matches)).toBe(false);
  });

  it('reads a published package into a library', () => {
    const manifest = {
      name: '@musterstadt/forms',
      version: '1.4.0',
      description: 'Form components for municipal portals',
      license: 'EUPL-1.2 OR MIT',
      homepage: 'https://forms.musterstadt.de',
      repository: { type: 'git', url: 'https://code.example.org/musterstadt/forms.git' },
      keywords: ['forms', 'a11y'],
      dependencies: { react: '^18', 'date-fns': '^3' },
      devDependencies: { jest: '^30' },
    };
    expect(onlyComponent(packageJsonExtractor, 'packages/forms/package.json', JSON.stringify(manifest, null, 2))).toEqual({
      key: 'LIBRARY:packages/forms/package.json',
      kind: 'LIBRARY',
      path: 'packages/forms/package.json',
      name: '@musterstadt/forms',
      version: '1.4.0',
      ecosystem: 'npm',
      descriptions: { und: { shortDescription: 'Form components for municipal portals', longDescription: null, features: [] } },
      categories: [],
      platforms: [],
      softwareType: null,
      developmentStatus: null,
      maintenanceType: null,
      declaredLicense: 'EUPL-1.2 OR MIT',
      dependsOn: [],
      usedBy: [],
      logo: null,
      hardening: null,
      details: { homepage: 'https://forms.musterstadt.de', repository: 'https://code.example.org/musterstadt/forms.git', keywords: ['forms', 'a11y'], dependencies: ['react', 'date-fns'] },
    });
  });

  it.each([
    [{ license: { type: 'MIT' } }, 'MIT'],
    [{ licenses: [{ type: 'MIT' }, 'GPL-2.0 WITH Classpath-exception-2.0'] }, 'MIT OR (GPL-2.0 WITH Classpath-exception-2.0)'],
    [{ license: 5, licenses: 'MIT' }, null],
  ])('reads the license forms %p as %p', (fields, license) => {
    expect(onlyComponent(packageJsonExtractor, 'package.json', JSON.stringify({ name: 'x', ...fields })).declaredLicense).toBe(license);
  });

  it.each([
    ['a private application', { name: 'portal', version: '1.0.0', private: true }],
    ['a package npm also refuses as private', { name: 'portal', private: 'yes' }],
    ['a workspace root', { name: 'monorepo', workspaces: ['packages/*'] }],
    ['a file without a name', { scripts: { build: 'tsc' } }],
  ])('lists no library for %s', (_case, manifest) => {
    expect(extractWith(packageJsonExtractor, textFile('package.json', JSON.stringify(manifest)))).toEqual({ components: [], findings: [], truncated: false });
  });

  it('leaves out every value of the wrong type', () => {
    const manifest = { name: 'x', version: 1, description: ['a'], license: ['MIT'], dependencies: ['a', 'b'], keywords: 'solo', repository: { url: 5 }, homepage: {} };
    expect(onlyComponent(packageJsonExtractor, 'package.json', JSON.stringify(manifest))).toMatchObject({
      version: null,
      descriptions: {},
      declaredLicense: null,
      details: { keywords: ['solo'] },
    });
  });

  it('keeps `__proto__` keys as plain data', () => {
    const component = onlyComponent(packageJsonExtractor, 'package.json', '{"name": "x", "__proto__": {"polluted": true}, "dependencies": {"__proto__": "1"}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(component.details).toEqual({ dependencies: ['__proto__'] });
  });

  it.each([
    ['a list for a name', '{\n  "name": [1, 2]\n}', 2, /"name" is not a package name/],
    ['a name npm refuses', '{"name": "Mein Paket"}', 1, /"name" is not a package name/],
    ['a name longer than 214 characters', JSON.stringify({ name: 'a'.repeat(215) }), 1, /"name" is not a package name/],
    ['a trailing comma', '{\n  "name": "x",\n}', 3, /^not valid JSON: Expected double-quoted property name$/],
    ['a file cut short', '{\n  "name": "x",\n  "dependencies": {', 3, /^not valid JSON: Expected property name or '}'$/],
    ['a list at the top', '[{"name": "x"}]', 1, /is a JSON object/],
    ['a number', '5', 1, /is a JSON object/],
    ['an empty file', '', 1, /^not valid JSON: Unexpected end of JSON input$/],
  ])('refuses %s with a finding on its line', (_case, content, line, message) => {
    expect(onlyFinding(packageJsonExtractor, 'package.json', content)).toEqual({ rule: 'invalid-manifest', severity: 'WARNING', path: 'package.json', line, message: expect.stringMatching(message) });
  });

  it('does not echo the content of a file that is not JSON', () => {
    expect(onlyFinding(packageJsonExtractor, 'package.json', 'token=glpat-secretsecretsecret').message).not.toContain('secret');
  });

  it('reads a file with a byte order mark, and survives 100,000 levels of nesting', () => {
    expect(onlyComponent(packageJsonExtractor, 'package.json', '\uFEFF{"name": "x"}').name).toBe('x');
    const deep = `{"name": "x", "config": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(onlyComponent(packageJsonExtractor, 'package.json', deep).name).toBe('x');
    expect(onlyFinding(packageJsonExtractor, 'package.json', `{"name": "x", "config": ${'{"a":'.repeat(100_000)}`).message).toMatch(/^not valid JSON/);
  });

  itRefusesUnreadableFiles(packageJsonExtractor, 'package.json', (bytes) => JSON.stringify({ name: 'x', description: 'a'.repeat(bytes) }));
});
