import { countYamlWork } from '@allmende/testing';
import { extractWith, itRefusesUnreadableFiles, onlyComponent, onlyFinding, textFile } from '../support/catalogue-files.fixtures';
import { publiccodeExtractor } from './publiccode-component.extractor';

const PORTAL = `publiccodeYmlVersion: "0.4"
name: Bürgerportal
url: https://code.example.org/musterstadt/buergerportal.git
landingURL: https://buergerportal.musterstadt.de
softwareVersion: 2.10
releaseDate: 2024-03-01
logo: img/logo.svg
platforms: [web, linux]
categories:
  - digital-citizenship
  - document-management
usedBy: [Stadt Musterstadt, Landkreis Beispiel]
developmentStatus: stable
softwareType: standalone/web
organisation:
  name: Stadt Musterstadt
  uri: https://www.musterstadt.de
fundedBy:
  - name: Land Beispiel
intendedAudience:
  countries: [de, at]
  scope: [local-authorities]
description:
  de:
    localisedName: Bürgerportal Musterstadt
    shortDescription: Anträge online stellen
    longDescription: Das Bürgerportal nimmt Anträge der Bürgerinnen und Bürger entgegen.
    documentation: https://docs.musterstadt.de
    features: [Anträge, Bezahlung]
  en:
    shortDescription: Submit requests online
    features:
      - Requests
legal:
  license: EUPL-1.2
  mainCopyrightOwner: Stadt Musterstadt
  repoOwner: Stadt Musterstadt
maintenance:
  type: contract
  contractors:
    - name: Beispiel GmbH
      until: "2026-12-31"
      email: vertrieb@beispiel.example
  contacts:
    - name: Erika Mustermann
      email: erika@musterstadt.de
      phone: "+49 30 1234"
localisation:
  localisationReady: true
  availableLanguages: [de, en]
dependsOn:
  open:
    - name: PostgreSQL
      versionMin: "13"
      versionMax: "16"
    - name: Redis
      optional: true
  proprietary:
    - name: Oracle Database
      version: 19c
  hardware:
    - name: Card reader
`;

describe('publiccode.yml extractor', () => {
  it('matches publiccode.yml and publiccode.yaml in any folder, but not in vendored folders', () => {
    expect(['publiccode.yml', 'apps/portal/publiccode.yaml'].every(publiccodeExtractor.matches)).toBe(true);
    expect(['publiccode.yml.bak', 'my-publiccode.yml', 'node_modules/x/publiccode.yml', 'vendor/a/publiccode.yml'].some(publiccodeExtractor.matches)).toBe(false);
  });

  it('reads a complete file into one application', () => {
    expect(onlyComponent(publiccodeExtractor, 'publiccode.yml', PORTAL)).toEqual({
      key: 'APPLICATION:publiccode.yml',
      kind: 'APPLICATION',
      path: 'publiccode.yml',
      name: 'Bürgerportal',
      version: '2.10',
      ecosystem: null,
      descriptions: {
        de: { shortDescription: 'Anträge online stellen', longDescription: 'Das Bürgerportal nimmt Anträge der Bürgerinnen und Bürger entgegen.', features: ['Anträge', 'Bezahlung'] },
        en: { shortDescription: 'Submit requests online', longDescription: null, features: ['Requests'] },
      },
      categories: ['digital-citizenship', 'document-management'],
      platforms: ['web', 'linux'],
      softwareType: 'standalone/web',
      developmentStatus: 'stable',
      maintenanceType: 'contract',
      declaredLicense: 'EUPL-1.2',
      dependsOn: ['PostgreSQL >=13 <=16', 'Redis (optional)', 'Oracle Database 19c', 'Card reader'],
      usedBy: ['Stadt Musterstadt', 'Landkreis Beispiel'],
      logo: 'img/logo.svg',
      hardening: null,
      details: {
        publiccodeYmlVersion: '0.4',
        url: 'https://code.example.org/musterstadt/buergerportal.git',
        landingURL: 'https://buergerportal.musterstadt.de',
        releaseDate: '2024-03-01',
        localisedNames: { de: 'Bürgerportal Musterstadt' },
        documentation: { de: 'https://docs.musterstadt.de' },
        organisation: { name: 'Stadt Musterstadt', uri: 'https://www.musterstadt.de' },
        fundedBy: [{ name: 'Land Beispiel' }],
        intendedAudience: { countries: ['de', 'at'], scope: ['local-authorities'] },
        localisation: { localisationReady: true, availableLanguages: ['de', 'en'] },
        mainCopyrightOwner: 'Stadt Musterstadt',
        repoOwner: 'Stadt Musterstadt',
        contractors: [{ name: 'Beispiel GmbH', until: '2026-12-31' }],
        contacts: [{ name: 'Erika Mustermann', email: 'erika@musterstadt.de' }],
        proprietaryDependencies: ['Oracle Database 19c'],
        hardwareDependencies: ['Card reader'],
      },
    });
  });

  it.each([
    ['library', 'LIBRARY'],
    ['configurationFiles', 'CONFIGURATION'],
    ['standalone/backend', 'APPLICATION'],
    ['standalone/iot', 'APPLICATION'],
    ['standalone', 'APPLICATION'],
    ['addon', 'APPLICATION'],
    ['Library', 'LIBRARY'],
    ['plugin', 'OTHER'],
    ['[1, 2]', 'OTHER'],
  ])('makes softwareType %s a component of kind %s, keyed by kind and path', (softwareType, kind) => {
    const component = onlyComponent(publiccodeExtractor, 'sub/publiccode.yaml', `name: x\nsoftwareType: ${softwareType}\n`);
    expect(component).toMatchObject({ kind, key: `${kind}:sub/publiccode.yaml` });
  });

  it('makes a file without softwareType a component of kind OTHER', () => {
    expect(onlyComponent(publiccodeExtractor, 'publiccode.yml', 'name: x\n')).toMatchObject({ kind: 'OTHER', softwareType: null, key: 'OTHER:publiccode.yml' });
  });

  it('still lists a file the validator rejects (no version, unknown keys, bad values) when it has a name', () => {
    const component = onlyComponent(publiccodeExtractor, 'publiccode.yml', 'name: Formulare\nunknownKey: 1\ndevelopmentStatus: almost\nlegal: {license: not-spdx}\n');
    expect(component).toMatchObject({ name: 'Formulare', developmentStatus: 'almost', declaredLicense: 'not-spdx' });
  });

  it('leaves out every value of the wrong type instead of failing', () => {
    const hostile = `publiccodeYmlVersion: [0]
name: [1, 2]
softwareVersion: {a: 1}
description: 5
categories: {a: b}
platforms: [web, [3], {x: 1}, null, "  "]
usedBy: {a: 7}
logo: [a]
legal: [MIT]
maintenance: {type: [internal], contacts: 5, contractors: [5, {name: [x]}]}
dependsOn: {open: {name: x}, proprietary: [7, {name: [8]}, {version: "1"}, {name: Fachverfahren, version: {x: 1}, optional: "yes"}], hardware: "x"}
organisation: "Stadt"
fundedBy: {name: x}
intendedAudience: [de]
localisation: {localisationReady: yes, availableLanguages: de}
isBasedOn: https://example.org/a.git
`;
    const result = extractWith(publiccodeExtractor, textFile('publiccode.yml', hostile));
    expect(result.components).toEqual([]);
    expect(result.findings).toEqual([{ rule: 'invalid-manifest', severity: 'WARNING', path: 'publiccode.yml', line: 2, message: 'the software has no name: `name` is missing or not a text' }]);

    const named = onlyComponent(publiccodeExtractor, 'publiccode.yml', hostile.replace('name: [1, 2]', 'name: 2048'));
    expect(named).toMatchObject({ name: '2048', version: null, descriptions: {}, categories: [], platforms: ['web'], usedBy: [], logo: null, declaredLicense: null, maintenanceType: null, dependsOn: ['Fachverfahren'] });
    expect(named.details).toEqual({ isBasedOn: ['https://example.org/a.git'], localisation: { availableLanguages: ['de'] }, proprietaryDependencies: ['Fachverfahren'] });
  });

  it('reads languages one by one: a bad language key or entry does not cost the others', () => {
    const component = onlyComponent(
      publiccodeExtractor,
      'publiccode.yml',
      'name: x\ndescription:\n  de: {shortDescription: Kurz, features: {a: 5}}\n  en: [a]\n  "not a language!": {shortDescription: y}\n  fr: {}\n',
    );
    expect(component.descriptions).toEqual({ de: { shortDescription: 'Kurz', longDescription: null, features: [] } });
  });

  it('reads numbers as the text written, as YAML 1.2 reads yes as text', () => {
    const component = onlyComponent(publiccodeExtractor, 'publiccode.yml', 'name: 1.10\nsoftwareVersion: 3.0\nusedBy: [112]\nlocalisation: {localisationReady: yes}\n');
    expect(component).toMatchObject({ name: '1.10', version: '3.0', usedBy: ['112'], details: {} });
  });

  it('takes the first localised name when `name` is missing', () => {
    expect(onlyComponent(publiccodeExtractor, 'publiccode.yml', 'description:\n  de: {localisedName: Portal}\n').name).toBe('Portal');
  });

  it('keeps `__proto__` and `constructor` keys as plain data', () => {
    const component = onlyComponent(publiccodeExtractor, 'publiccode.yml', 'name: x\n__proto__: {polluted: true}\ndescription:\n  constructor: {shortDescription: y}\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(component.descriptions).toEqual({});
  });

  it.each([
    ['broken YAML', 'name: x\ndescription: [a, b\nlegal: {}\n', 3, /^not valid YAML: /],
    ['a duplicate key', 'name: x\nname: y\n', 2, /unique/],
    ['a list at the top', '- name: x\n', 1, /is a mapping/],
    ['a plain text', 'just some words\n', 1, /is a mapping/],
    ['an empty file', '', 1, /is a mapping/],
    ['several documents', 'name: a\n---\nname: b\n', null, /several YAML documents/],
    ['100,000 levels of nesting', `name: x\nd: ${'['.repeat(100_000)}`, null, /nested deeper than 64 levels/],
    ['100,000 block levels of nesting', `name: x\nd:\n${'- '.repeat(100_000)}`, null, /nested deeper than 64 levels/],
    ['an alias bomb', `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`).join('\n')}\nname: *i\n`, null, /aliases expand/],
  ])('refuses %s with a finding and no component, before reading it to the end or expanding it', (_case, content, line, message) => {
    const { result: finding, tokens, aliasesResolved } = countYamlWork(() => onlyFinding(publiccodeExtractor, 'publiccode.yml', content));
    expect(finding).toEqual({ rule: 'invalid-manifest', severity: 'WARNING', path: 'publiccode.yml', line, message: expect.stringMatching(message) });
    // The nesting is 100,000 tokens deep and the bomb expands to 9^9 nodes; the refusals read a few hundred.
    expect(tokens).toBeLessThan(1000);
    expect(aliasesResolved).toBeLessThan(1000);
  });

  itRefusesUnreadableFiles(publiccodeExtractor, 'publiccode.yml', (bytes) => `name: x\ndescription:\n  en:\n    longDescription: ${'a'.repeat(bytes)}\n`);
});
