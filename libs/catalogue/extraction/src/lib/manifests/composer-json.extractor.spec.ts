import { extractWith, itRefusesUnreadableFiles, onlyComponent, onlyFinding, textFile } from '../support/catalogue-files.fixtures';
import { composerJsonExtractor } from './composer-json.extractor';

describe('composer.json extractor', () => {
  it('matches composer.json outside vendored folders', () => {
    expect(['composer.json', 'packages/a/composer.json'].every(composerJsonExtractor.matches)).toBe(true);
    expect(['composer.lock', 'vendor/symfony/console/composer.json'].some(composerJsonExtractor.matches)).toBe(false);
  });

  it('reads a package into a library', () => {
    const manifest = {
      name: 'musterstadt/xoev-bridge',
      description: 'XÖV messages for PHP',
      version: '1.2.0',
      license: ['EUPL-1.2', 'GPL-3.0-or-later'],
      homepage: 'https://xoev.musterstadt.de',
      keywords: ['xoev'],
      require: { php: '>=8.2', 'ext-dom': '*', 'symfony/http-client': '^7.0' },
    };
    expect(onlyComponent(composerJsonExtractor, 'composer.json', JSON.stringify(manifest))).toMatchObject({
      key: 'LIBRARY:composer.json',
      name: 'musterstadt/xoev-bridge',
      version: '1.2.0',
      ecosystem: 'composer',
      declaredLicense: 'EUPL-1.2 OR GPL-3.0-or-later',
      descriptions: { und: { shortDescription: 'XÖV messages for PHP', longDescription: null, features: [] } },
      details: { type: 'library', homepage: 'https://xoev.musterstadt.de', keywords: ['xoev'], dependencies: ['symfony/http-client'] },
    });
  });

  it.each([
    ['an application', { name: 'musterstadt/portal', type: 'project' }],
    ['a file without a name', { require: { 'symfony/console': '^7' } }],
  ])('lists no library for %s', (_case, manifest) => {
    expect(extractWith(composerJsonExtractor, textFile('composer.json', JSON.stringify(manifest)))).toEqual({ components: [], findings: [], truncated: false });
  });

  it('leaves out every value of the wrong type', () => {
    const manifest = { name: 'a/b', type: 5, version: 2, license: [1, 'MIT', null], description: {}, require: ['symfony/console'] };
    expect(onlyComponent(composerJsonExtractor, 'composer.json', JSON.stringify(manifest))).toMatchObject({ version: null, declaredLicense: 'MIT', descriptions: {}, details: { type: 'library' } });
  });

  it.each([
    ['a list for a name', '{\n"name": ["a/b"]}', 2, /"name" is not a vendor\/package name/],
    ['a name without vendor', '{"name": "portal"}', 1, /"name" is not a vendor\/package name/],
    ['broken JSON', '{"name": "a/b",,}', 1, /^not valid JSON/],
    ['a list at the top', '[]', 1, /is a JSON object/],
  ])('refuses %s with a finding', (_case, content, line, message) => {
    expect(onlyFinding(composerJsonExtractor, 'composer.json', content)).toEqual({ rule: 'invalid-manifest', severity: 'WARNING', path: 'composer.json', line, message: expect.stringMatching(message) });
  });

  itRefusesUnreadableFiles(composerJsonExtractor, 'composer.json', (bytes) => JSON.stringify({ name: 'a/b', description: 'a'.repeat(bytes) }));
});
