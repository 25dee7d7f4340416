import type { PubliccodeFiles } from './publiccode.types';
import { validatePubliccode } from './publiccode-validator';

const LONG = 'A long description that says what the software does and why a municipality would want it. '.repeat(3);

/** A valid file; `sections` replace or add top-level keys (YAML text, indented as at top level). */
function publiccode(sections: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    publiccodeYmlVersion: '"0"',
    name: 'Medusa',
    url: 'https://example.org/medusa.git',
    platforms: '\n  - web',
    developmentStatus: 'stable',
    softwareType: 'standalone/web',
    description: `\n  de:\n    shortDescription: Kurz\n    longDescription: ${LONG}\n    features:\n      - Eins`,
    legal: '\n  license: EUPL-1.2',
    maintenance: '\n  type: none',
    localisation: '\n  localisationReady: true\n  availableLanguages:\n    - de',
  };
  return Object.entries({ ...base, ...sections })
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
}

const errors = (text: string) => validatePubliccode(text).results.filter((result) => result.type === 'error');

describe('validatePubliccode', () => {
  it('accepts a minimal valid file and returns its data', () => {
    const validation = validatePubliccode(publiccode());
    expect(validation).toMatchObject({ valid: true, version: '0', results: [] });
    expect(validation.document).toMatchObject({ name: 'Medusa', legal: { license: 'EUPL-1.2' }, localisation: { localisationReady: true } });
  });

  describe('maintenance', () => {
    const contacts = '\n  contacts:\n    - name: Anna Schmidt';
    const contractors = '\n  contractors:\n    - name: Firma GmbH\n      until: "2030-01-01"';

    it('requires contractors for type contract, and allows them only there', () => {
      expect(errors(publiccode({ maintenance: '\n  type: contract' }))).toEqual([
        { type: 'error', key: 'maintenance.contractors', line: expect.any(Number), column: 3, description: 'contractors is a required field when "type" is "contract"' },
      ]);
      expect(errors(publiccode({ maintenance: `\n  type: contract${contractors}` }))).toEqual([]);
      for (const type of ['internal', 'community', 'none']) {
        const found = errors(publiccode({ maintenance: `\n  type: ${type}${contractors}${contacts}` }));
        expect(found.map((result) => [result.key, result.description])).toEqual([
          ['maintenance.contractors', 'contractors must not be present unless "type" is "contract"'],
        ]);
      }
    });

    it.each(['internal', 'community'])('requires contacts for type %s', (type) => {
      expect(errors(publiccode({ maintenance: `\n  type: ${type}` })).map((result) => result.description)).toEqual([
        `contacts is a required field when "type" is "${type}"`,
      ]);
      expect(errors(publiccode({ maintenance: `\n  type: ${type}${contacts}` }))).toEqual([]);
    });

    it('does not require contacts for contract or none', () => {
      expect(errors(publiccode({ maintenance: `\n  type: contract${contractors}` }))).toEqual([]);
      expect(errors(publiccode({ maintenance: '\n  type: none' }))).toEqual([]);
    });

    it('checks each contractor and contact', () => {
      const found = errors(
        publiccode({
          maintenance: '\n  type: contract\n  contractors:\n    - name: X\n      until: 2030-02-30\n      email: nope\n      website: ftp://x.org\n  contacts:\n    - email: a@b',
        }),
      );
      expect(found.map((result) => `${result.key}: ${result.description}`)).toEqual([
        'maintenance.contractors[0].email: email must be a valid email address',
        'maintenance.contractors[0].website: website must be an HTTP URL',
        "maintenance.contractors[0].until: until must be a date with format 'YYYY-MM-DD'",
        'maintenance.contacts[0].name: name is a required field',
        'maintenance.contacts[0].email: email must be a valid email address',
      ]);
    });

    it('names the allowed types', () => {
      expect(errors(publiccode({ maintenance: '\n  type: sometimes' }))[0].description).toBe(
        'type must be one of the following: "internal", "contract", "community" or "none"',
      );
    });
  });

  describe('YAML 1.1 booleans', () => {
    it.each(['yes', 'no', 'on', 'off', 'y', 'n', 'Yes', 'ON'])('refuses localisationReady: %s', (word) => {
      const found = errors(publiccode({ localisation: `\n  localisationReady: ${word}\n  availableLanguages:\n    - de` }));
      expect(found).toEqual([
        { type: 'error', key: 'localisation.localisationReady', line: 19, column: 1, description: 'wrong type for this field' },
        { type: 'error', key: 'localisation.localisationReady', line: 19, column: 3, description: 'localisationReady is a required field' },
        { type: 'error', key: 'localisation.availableLanguages', line: 20, column: 3, description: 'availableLanguages is a required field' },
      ]);
    });

    it.each(['true', 'false', 'True', 'FALSE'])('accepts the YAML 1.2 boolean %s', (word) => {
      expect(errors(publiccode({ localisation: `\n  localisationReady: ${word}\n  availableLanguages:\n    - de` }))).toEqual([]);
    });

    it('keeps yes/no as text where text is expected', () => {
      expect(validatePubliccode(publiccode({ name: 'yes' })).document?.name).toBe('yes');
    });
  });

  describe('publiccodeYmlVersion', () => {
    it.each(['"0"', '"0.5"', '"0.5.0"'])('takes %s as the latest version', (version) => {
      expect(validatePubliccode(publiccode({ publiccodeYmlVersion: version })).results).toEqual([]);
    });

    it.each(['0.2', '0.2.2', '0.3', '0.4.0'])('warns that %s is old', (version) => {
      expect(validatePubliccode(publiccode({ publiccodeYmlVersion: `"${version}"` })).results).toEqual([
        { type: 'warning', key: 'publiccodeYmlVersion', line: 1, column: 1, description: `v${version} is not the latest version, use '0'. Parsing this file as v0.5.` },
      ]);
    });

    it('refuses a missing, unquoted or unknown version and stops there', () => {
      expect(validatePubliccode('name: x\n')).toEqual({
        valid: false,
        version: null,
        document: null,
        results: [{ type: 'error', key: 'publiccodeYmlVersion', line: 0, column: 0, description: 'publiccodeYmlVersion is a required field' }],
      });
      expect(errors(publiccode({ publiccodeYmlVersion: '0.2' }))).toEqual([
        { type: 'error', key: 'publiccodeYmlVersion', line: 1, column: 1, description: 'wrong type for this field' },
      ]);
      expect(errors(publiccode({ publiccodeYmlVersion: '"1"' }))[0].description).toBe(
        "unsupported version: '1'. Supported versions: 0, 0.2, 0.2.0, 0.2.1, 0.2.2, 0.3, 0.3.0, 0.4, 0.4.0, 0.5.0, 0.5",
      );
    });
  });

  it('counts lengths in graphemes', () => {
    const decomposed = (count: number) => 'o\u0308'.repeat(count);
    expect(errors(publiccode({ description: `\n  de:\n    shortDescription: ${decomposed(150)}\n    longDescription: ${LONG}\n    features: [x]` }))).toEqual([]);
    expect(errors(publiccode({ description: `\n  de:\n    shortDescription: ${decomposed(151)}\n    longDescription: ${LONG}\n    features: [x]` }))).toEqual([
      { type: 'error', key: 'description.de.shortDescription', line: 10, column: 5, description: 'shortDescription must be a maximum of 150 characters in length' },
    ]);
  });

  it('names description entries of tags with a hyphen in brackets', () => {
    const found = errors(publiccode({ description: '\n  de-CH:\n    shortDescription: Kurz' }));
    expect(found.map((result) => result.key)).toEqual(['description[de-CH].longDescription', 'description[de-CH].features']);
  });

  it('reports unknown keys, mistyped values and enumerations', () => {
    const found = errors(publiccode({ nmae: 'typo', platforms: 'web', categories: '\n  - cloud\n  - other', intendedAudience: '\n  scope: [government, space]' }));
    expect(found.map((result) => `${result.key} ${result.line}:${result.column} ${result.description}`)).toEqual([
      'platforms 4:1 wrong type for this field',
      'nmae 21:1 unknown field "nmae"',
      'platforms 4:1 platforms must contain more than 0 items',
      'categories[0] 23:5 categories[0] must be a valid category (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/categories-list.rst)',
      'intendedAudience.scope[1] 26:23 scope[1] must be a valid scope (see https://github.com/publiccodeyml/publiccode.yml/blob/main/docs/standard/scope-list.rst)',
    ]);
  });

  it('checks the license as an SPDX expression', () => {
    expect(errors(publiccode({ legal: '\n  license: Apache-2.0 OR MIT' }))).toEqual([]);
    expect(errors(publiccode({ legal: '\n  license: Apache 2' }))[0]).toMatchObject({ key: 'legal.license', description: 'license must be a valid license (see https://spdx.org/licenses)' });
  });

  it('reports YAML syntax errors, duplicate keys and several documents without going on', () => {
    expect(validatePubliccode('a: [1\nb: :x\n').results).toEqual([{ type: 'error', key: '', line: 2, column: 1, description: expect.stringMatching(/^Flow sequence/) }]);
    expect(validatePubliccode(`${publiccode()}\nname: Twice\n`).results[0]).toMatchObject({ key: '', description: 'Map keys must be unique' });
    expect(validatePubliccode(`${publiccode()}\n---\nname: x\n`).results[0].description).toBe('multiple YAML documents in one file are not supported');
    expect(validatePubliccode('').results[0].description).toBe('publiccodeYmlVersion is a required field');
  });

  describe('files it refers to', () => {
    const png = (width: number) => {
      const bytes = new Uint8Array(24);
      bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
      new DataView(bytes.buffer).setUint32(16, width);
      return bytes;
    };
    const files = (entries: Record<string, Uint8Array>): PubliccodeFiles => ({ read: (path) => entries[path] ?? null });
    const logoErrors = (logo: string, given?: PubliccodeFiles) =>
      validatePubliccode(publiccode({ logo }), { files: given }).results.map((result) => result.description);

    it('checks the logo: extension, existence, PNG header and width', () => {
      const tree = files({ 'img/logo.png': png(512), 'small.png': png(64), 'fake.png': new TextEncoder().encode('GIF89a'), 'logo.svg': new Uint8Array(1) });
      expect(logoErrors('img/logo.png', tree)).toEqual([]);
      expect(logoErrors('./img/../img/logo.png', tree)).toEqual([]);
      expect(logoErrors('logo.svg', tree)).toEqual([]);
      expect(logoErrors('small.png', tree)).toEqual(['invalid image size of 64 (min 120px of width): small.png']);
      expect(logoErrors('fake.png', tree)).toEqual(['image: unknown format']);
      expect(logoErrors('missing.png', tree)).toEqual(['no such file: missing.png']);
      expect(logoErrors('../outside.png', tree)).toEqual(['no such file: ../outside.png']);
      expect(logoErrors('logo.gif', tree)).toEqual(['invalid file extension for: logo.gif']);
      expect(logoErrors('/etc/logo.png', tree)).toEqual(['is an absolute path. Only relative paths or HTTP(s) URLs allowed']);
      expect(logoErrors('https://example.org/logo.png', tree)).toEqual([]);
    });

    it('without access to the files, checks only what the name tells', () => {
      expect(logoErrors('missing.png')).toEqual([]);
      expect(logoErrors('logo.mpg')).toEqual(['invalid file extension for: logo.mpg']);
    });
  });
});
