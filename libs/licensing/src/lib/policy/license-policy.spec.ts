import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { judgeLicense, LICENSE_RULES, LicensePolicy, parseLicensePolicy } from './license-policy';

const shipped = readFileSync(join(__dirname, '../../../../../config/license-policy.yaml'), 'utf8');

describe('license policy', () => {
  let policy: LicensePolicy;
  beforeAll(() => (policy = parseLicensePolicy(shipped, 'config/license-policy.yaml')));

  it('allows OSI-approved licenses, the listed additions and EUPL', () => {
    for (const id of ['MIT', 'Apache-2.0', 'GPL-3.0-only', 'MPL-2.0', 'EUPL-1.2', 'EUPL-1.1', 'CC0-1.0', 'CC-BY-4.0']) {
      expect([id, judgeLicense(policy, id)]).toEqual([id, 'ALLOWED']);
    }
  });

  it('matches ids case-insensitively and treats "+" as its base license', () => {
    expect(judgeLicense(policy, 'apache-2.0')).toBe('ALLOWED');
    expect(judgeLicense(policy, 'GPL-2.0+')).toBe('ALLOWED');
  });

  it('denies the listed non-free licenses and sends unlisted ones to review', () => {
    expect(judgeLicense(policy, 'SSPL-1.0')).toBe('DENIED');
    expect(judgeLicense(policy, 'cc-by-nc-sa-4.0')).toBe('DENIED');
    expect(judgeLicense(policy, 'Beerware')).toBe('NEEDS_REVIEW');
    expect(judgeLicense(policy, 'LicenseRef-acme')).toBe('NEEDS_REVIEW');
    expect(judgeLicense(policy, 'LicenseRef-unknown')).toBe('UNKNOWN');
    expect(judgeLicense(policy, 'Not-A-License')).toBe('UNKNOWN');
  });

  it('ships every rule at its default severity, REUSE gaps never as errors', () => {
    expect(Object.keys((parse(shipped) as { rules: object }).rules).sort()).toEqual([...LICENSE_RULES].sort());
    const defaults = parseLicensePolicy('version: 1\n').rules;
    expect(policy.rules).toEqual(defaults);
    for (const rule of LICENSE_RULES.filter((name) => name.startsWith('reuse-'))) expect(['INFO', 'WARNING']).toContain(defaults[rule]);
    expect(() => parseLicensePolicy('version: 1\nrules: {reuse-noncompliant: OFF}\n')).toThrow(/unknown key "reuse-noncompliant"/);
  });

  it('lets the operator deny unlisted licenses and review allowed ones', () => {
    const strict = parseLicensePolicy('version: 1\nreview: {unlisted: DENIED, licenses: [MIT]}\n');
    expect(judgeLicense(strict, 'Beerware')).toBe('DENIED');
    expect(judgeLicense(strict, 'MIT')).toBe('NEEDS_REVIEW');
    expect(strict.rules['no-license']).toBe('ERROR');
  });

  it('without OSI approval only the listed licenses and EUPL are allowed', () => {
    const narrow = parseLicensePolicy('version: 1\nallow: {osiApproved: false, licenses: [MIT]}\n');
    expect(judgeLicense(narrow, 'MIT')).toBe('ALLOWED');
    expect(judgeLicense(narrow, 'EUPL-1.2')).toBe('ALLOWED');
    expect(judgeLicense(narrow, 'Apache-2.0')).toBe('NEEDS_REVIEW');
  });

  it.each([
    ['not YAML', 'version: [1', /not valid YAML/],
    ['not a mapping', '- 1', /must be a mapping/],
    ['wrong version', 'version: 2', /"version" must be 1/],
    ['unknown key', 'version: 1\nallowed: {}', /unknown key "allowed"/],
    ['misspelt id', 'version: 1\nallow: {licenses: [Apache-2]}', /"Apache-2" is not an SPDX license id/],
    ['EUPL denied', 'version: 1\ndeny: {licenses: [eupl-1.2]}', /EUPL-1.2 is always allowed/],
    ['allowed and denied', 'version: 1\nallow: {licenses: [WTFPL]}\ndeny: {licenses: [WTFPL]}', /both allowed and denied/],
    ['bad severity', 'version: 1\nrules: {no-license: FATAL}', /rules.no-license must be one of/],
    ['unknown rule', 'version: 1\nrules: {no-licence: ERROR}', /unknown key "no-licence"/],
    ['bad unlisted', 'version: 1\nreview: {unlisted: ALLOWED}', /review.unlisted must be/],
    ['osiApproved not boolean', 'version: 1\nallow: {osiApproved: "yes"}', /osiApproved must be true or false/],
  ])('refuses a policy with %s, naming the problem', (_case, text, message) => {
    expect(() => parseLicensePolicy(text, 'policy.yaml')).toThrow(message);
    try {
      parseLicensePolicy(text);
    } catch (error) {
      expect((error as { code: string }).code).toBe('LICENSE_POLICY_INVALID');
    }
  });
});
