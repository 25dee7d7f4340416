import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { canonicalLicenseId } from '../declarations/spdx-license-data';
import { LicenseScanTree } from '../license-scan.types';
import { parseLicensePolicy } from '../policy/license-policy';
import { UNKNOWN_LICENSE } from '../text/identify-license-text';
import { scanLicenses } from './license-scanner';
import { sameLicense } from './project-license';

// The development corpus (see ../shared/corpora/README.md): licensee's repository-shaped cases,
// beside the project's checkout unless ALLMENDE_CORPORA points elsewhere.
const corpora = process.env.ALLMENDE_CORPORA ?? join(__dirname, '../../../../../../shared/corpora');
const corpus = join(corpora, 'licensee-fixtures');
if (!existsSync(corpus)) throw new Error(`licensee fixtures not found at ${corpus}: check out ../shared next to the project or set ALLMENDE_CORPORA`);
const policy = parseLicensePolicy(readFileSync(join(__dirname, '../../../../../config/license-policy.yaml'), 'utf8'));
const expectations = parse(readFileSync(join(corpus, 'fixtures.yml'), 'utf8')) as Record<string, { key: string | null }>;

/**
 * licensee only knows the licenses of choosealicense.com and calls every other text "other".
 * These three are on the SPDX list, verbatim, and naming them is what a municipality needs:
 * the two non-commercial/no-derivatives Creative Commons licenses are then denied by policy
 * instead of passing as "unknown".
 */
const KNOWN_TO_SPDX: Record<string, string> = {
  'cc-by-nc-sa': 'CC-BY-NC-SA-4.0',
  'cc-by-nd': 'CC-BY-ND-4.0',
  'pixar-modified-apache': 'Pixar',
};

function readTree(directory: string): LicenseScanTree {
  const walk = (path: string): string[] =>
    statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path];
  return {
    files: walk(directory).map((path) => ({ path: relative(directory, path), kind: 'text' as const, content: readFileSync(path).toString('utf8') })),
  };
}

function spdxIdOf(key: string): string {
  const id = canonicalLicenseId(key) ?? canonicalLicenseId(`${key}-only`);
  if (!id) throw new Error(`fixture key ${key} has no SPDX id`);
  return id;
}

const cases = Object.entries(expectations).map(([fixture, { key }]) => ({ fixture, key }));
const concrete = cases.filter(({ fixture, key }) => key && key !== 'other' && key !== 'no-license' && !KNOWN_TO_SPDX[fixture]);
const none = cases.filter(({ fixture, key }) => (!key || key === 'other' || key === 'no-license') && !KNOWN_TO_SPDX[fixture]);

describe('licensee fixtures', () => {
  it('covers the whole corpus', () => {
    expect(concrete.length + none.length + Object.keys(KNOWN_TO_SPDX).length).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(concrete)('$fixture is $key', ({ fixture, key }) => {
    const result = scanLicenses(readTree(join(corpus, fixture)), policy);
    expect(result.expression).not.toBeNull();
    expect([fixture, sameLicense(result.expression as string, spdxIdOf(key as string)) ? 'same' : result.expression]).toEqual([fixture, 'same']);
  });

  it.each(none)('$fixture names no license (expected: $key)', ({ fixture }) => {
    const result = scanLicenses(readTree(join(corpus, fixture)), policy);
    expect({ fixture, named: [null, UNKNOWN_LICENSE].includes(result.expression) ? null : result.expression }).toEqual({ fixture, named: null });
    expect(result.status).not.toBe('ALLOWED');
  });

  it.each(Object.entries(KNOWN_TO_SPDX))('%s is the SPDX license %s', (fixture, id) => {
    expect(scanLicenses(readTree(join(corpus, fixture)), policy).expression).toBe(id);
  });
});
