import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONDUCT_RULE_DEFINITIONS, CONDUCT_RULE_IDS, ConductRules } from './conduct-rule-definitions';
import { ConductRulesError } from './conduct-rules.error';
import { readConductRulesFile } from './conduct-rules.loader';
import { parseConductRules } from './conduct-rules';

const SHIPPED_PATH = join(__dirname, '../../../../../config/conduct-rules.yaml');
const shipped = readFileSync(SHIPPED_PATH, 'utf8');

/** Compiled path patterns compared by what the operator wrote. */
function plain(rules: ConductRules): unknown {
  return JSON.parse(JSON.stringify(rules, (_key, value) => (value && typeof value === 'object' && 'match' in value ? value.source : value)));
}

describe('conduct rules', () => {
  it('ships every rule with every option at its default', () => {
    const document = parse(shipped) as { rules: Record<string, { options?: object }> };
    expect(Object.keys(document.rules)).toEqual([...CONDUCT_RULE_IDS]);
    for (const id of CONDUCT_RULE_IDS) {
      expect([id, Object.keys(document.rules[id].options ?? {})]).toEqual([id, Object.keys(CONDUCT_RULE_DEFINITIONS[id].options)]);
    }
    expect(plain(parseConductRules(shipped, 'config/conduct-rules.yaml'))).toEqual(plain(parseConductRules('version: 1\n')));
  });

  it('has the documented defaults', () => {
    const rules = parseConductRules('version: 1\n');
    expect(rules.license).toEqual({ severity: 'ERROR', options: { review: 'WARNING' } });
    expect(rules.changelog.severity).toBe('INFO');
    expect(rules['readme-language']).toEqual({ severity: 'WARNING', options: { languages: ['de', 'en'], minWords: 20 } });
    expect(rules.secrets.options).toEqual({ allowPaths: [], allowFingerprints: [], entropyThreshold: null, minSecretLength: null });
    expect(rules['build-artefacts'].options.patterns.map((pattern) => pattern.source)).toEqual(expect.arrayContaining(['*.jar', '*.exe', '*.dll', '*.class', 'node_modules/']));
  });

  it('lets the operator change severities and options, keeping the defaults of what is left out', () => {
    const rules = parseConductRules(
      [
        'version: 1',
        'rules:',
        '  code-of-conduct: {severity: OFF}',
        '  readme: {options: {directories: [., docs/]}}',
        '  secrets: {options: {allowFingerprints: [abc123], entropyThreshold: 4.5, minSecretLength: 16}}',
        '  oversized-files: {severity: ERROR, options: {maxFileBytes: 1000}}',
        '  publiccode: {options: {required: false}}',
        '  readme-language: {options: {languages: [de]}}',
        '  security-contact:',
      ].join('\n'),
    );
    expect(rules['code-of-conduct'].severity).toBe('OFF');
    expect(rules.readme).toEqual({ severity: 'ERROR', options: { names: ['README'], directories: ['.', 'docs'] } });
    expect(rules.secrets.options).toEqual({ allowPaths: [], allowFingerprints: ['abc123'], entropyThreshold: 4.5, minSecretLength: 16 });
    expect(rules['oversized-files']).toMatchObject({ severity: 'ERROR', options: { maxFileBytes: 1000 } });
    expect(rules.publiccode.options).toEqual({ required: false, warnings: 'WARNING' });
    expect(rules['readme-language'].options.languages).toEqual(['de']);
    expect(rules['security-contact']).toEqual({ severity: 'ERROR', options: {} });
  });

  it.each([
    ['not YAML', 'version: [1', /rules.yaml: not valid YAML/],
    ['duplicate keys', 'version: 1\nversion: 1', /not valid YAML/],
    ['an alias bomb', `version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [${'*a, '.repeat(20)}*a]\nc: [${'*b, '.repeat(20)}*b]`, /not valid YAML/],
    ['not a mapping', '- 1', /rules.yaml must be a mapping/],
    ['wrong version', 'version: 2', /"version" must be 1/],
    ['no version', 'rules: {}', /"version" must be 1/],
    ['an unknown top-level key', 'version: 1\nrule: {}', /rules.yaml: unknown key "rule"/],
    ['rules not a mapping', 'version: 1\nrules: [readme]', /rules.yaml: rules must be a mapping/],
    ['an unknown rule', 'version: 1\nrules: {read-me: {severity: ERROR}}', /rules: unknown key "read-me"/],
    ['a rule given as a bare severity', 'version: 1\nrules: {readme: WARNING}', /rules.readme must be a mapping with severity and options/],
    ['an unknown rule key', 'version: 1\nrules: {readme: {severty: ERROR}}', /rules.readme: unknown key "severty"/],
    ['a bad severity', 'version: 1\nrules: {readme: {severity: FATAL}}', /rules.readme.severity must be one of ERROR, WARNING, INFO, OFF/],
    ['a lower-case severity', 'version: 1\nrules: {readme: {severity: error}}', /rules.readme.severity must be one of/],
    ['options not a mapping', 'version: 1\nrules: {readme: {options: [README]}}', /rules.readme.options must be a mapping/],
    ['an unknown option', 'version: 1\nrules: {readme: {options: {name: [README]}}}', /rules.readme.options: unknown key "name"/],
    ['options on a rule without options', 'version: 1\nrules: {scan-truncated: {options: {limit: 1}}}', /rules.scan-truncated.options: this rule has no options/],
    ['names not a list', 'version: 1\nrules: {readme: {options: {names: README}}}', /rules.readme.options.names must be a list/],
    ['an empty name list', 'version: 1\nrules: {contributing: {options: {names: []}}}', /options.names must name at least one file name/],
    ['a name with a directory', 'version: 1\nrules: {readme: {options: {names: [docs/README]}}}', /options.names\[0\] "docs\/README" must be a file name without a directory/],
    ['a directory outside the tree', 'version: 1\nrules: {readme: {options: {directories: [../x]}}}', /options.directories\[0\] "..\/x" must be a directory inside the repository/],
    ['a blank list entry', 'version: 1\nrules: {secrets: {options: {allowPaths: ["  "]}}}', /options.allowPaths\[0\] must be a non-empty string/],
    ['a fingerprint that is not a string', 'version: 1\nrules: {secrets: {options: {allowFingerprints: [12]}}}', /options.allowFingerprints\[0\] must be a non-empty string/],
    ['an entropy threshold out of range', 'version: 1\nrules: {secrets: {options: {entropyThreshold: 9}}}', /options.entropyThreshold must be a number from 0.1 to 8/],
    ['a fractional length', 'version: 1\nrules: {secrets: {options: {minSecretLength: 1.5}}}', /options.minSecretLength must be a whole number/],
    ['a size as text', 'version: 1\nrules: {oversized-files: {options: {maxFileBytes: 10MB}}}', /options.maxFileBytes must be a whole number from 1/],
    ['a negative size', 'version: 1\nrules: {oversized-files: {options: {maxFileBytes: -1}}}', /options.maxFileBytes must be a whole number/],
    ['a YAML 1.1 boolean', 'version: 1\nrules: {publiccode: {options: {required: yes}}}', /options.required must be true or false/],
    ['a bad warning severity', 'version: 1\nrules: {publiccode: {options: {warnings: WARN}}}', /options.warnings must be one of/],
    ['a bad review severity', 'version: 1\nrules: {license: {options: {review: 1}}}', /options.review must be one of/],
    ['a negated pattern', "version: 1\nrules: {build-artefacts: {options: {patterns: ['!*.jar']}}}", /options.patterns\[0\] "!\*.jar" negated patterns/],
    ['a pattern with ..', 'version: 1\nrules: {personal-data: {options: {patterns: [../*.sql]}}}', /options.patterns\[0\] ".*" must not contain/],
    ['a pattern that is only a slash', "version: 1\nrules: {personal-data: {options: {allowPaths: ['/']}}}", /options.allowPaths\[0\] "\/" must name a file or directory/],
    ['patterns not a list', 'version: 1\nrules: {build-artefacts: {options: {patterns: "*.jar"}}}', /options.patterns must be a list of path patterns/],
    ['an unknown language', 'version: 1\nrules: {readme-language: {options: {languages: [fr]}}}', /options.languages\[0\] "fr" is not one of de, en/],
    ['no language', 'version: 1\nrules: {readme-language: {options: {languages: []}}}', /options.languages must name at least one of de, en/],
    ['a word minimum of zero', 'version: 1\nrules: {readme-language: {options: {minWords: 0}}}', /options.minWords must be a whole number from 1/],
  ])('refuses rules with %s, naming the place', (_case, text, message) => {
    let error: unknown;
    try {
      parseConductRules(text, 'rules.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConductRulesError);
    expect((error as ConductRulesError).code).toBe('CONDUCT_RULES_INVALID');
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^rules\.yaml/);
  });

  it('reads a rules file, naming a missing one', () => {
    expect(readConductRulesFile(SHIPPED_PATH).readme.severity).toBe('ERROR');
    expect(() => readConductRulesFile('/does/not/exist.yaml')).toThrow('/does/not/exist.yaml: cannot be read (no such file)');
  });
});
