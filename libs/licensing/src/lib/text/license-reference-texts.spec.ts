import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SPDX_LICENSE_LIST_VERSION } from '../spdx/spdx-license-texts';
import { computeLicenseReferences, LicenseReferenceData, loadLicenseReferences, PRECOMPUTED_REFERENCES_FILE } from './license-reference-texts';
import { LicenseTextIndex } from './license-text-index';

describe('license reference texts', () => {
  const computed = computeLicenseReferences();
  let directory: string;

  beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'allmende-references-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const store = (content: string) => writeFileSync(join(directory, PRECOMPUTED_REFERENCES_FILE), content);

  it('uses the copy the build stored for the same SPDX list version', () => {
    const stored: LicenseReferenceData = { spdxVersion: SPDX_LICENSE_LIST_VERSION, references: computed.references.slice(0, 3), textClass: {} };
    store(JSON.stringify(stored));
    expect(loadLicenseReferences(directory).references.map((reference) => reference.id)).toEqual(stored.references.map((reference) => reference.id));
  });

  it.each([
    ['a stored copy of another SPDX list version', JSON.stringify({ ...computed, spdxVersion: '0.0.1', references: [] })],
    ['a damaged copy', '{"spdxVersion": '],
    ['a copy of the wrong shape', JSON.stringify({ spdxVersion: SPDX_LICENSE_LIST_VERSION })],
  ])('computes the texts again instead of trusting %s', (_case, content) => {
    store(content);
    expect(loadLicenseReferences(directory).references).toHaveLength(computed.references.length);
  });

  it('computes the texts when nothing is stored', () => {
    expect(loadLicenseReferences(directory).references).toHaveLength(computed.references.length);
  });

  it('survives the round trip through JSON unchanged, so a stored copy matches as computing would', () => {
    const index = new LicenseTextIndex(JSON.parse(JSON.stringify(computed)) as LicenseReferenceData);
    const gpl = computed.references.find((reference) => reference.id === 'GPL-3.0-only');
    expect(index.identify(gpl?.normalized ?? '')).toEqual({ spdxId: 'GPL-3.0-only', confidence: 100, method: 'EXACT' });
    expect(index.sameText('GPL-3.0-or-later', 'GPL-3.0-only')).toBe(true);
  });

  it('names each shared text by its preferred id', () => {
    const ids = new Set(computed.references.map((reference) => reference.id));
    expect(ids.has('GPL-2.0-only')).toBe(true);
    expect(ids.has('GPL-2.0')).toBe(false);
    expect(ids.has('GPL-2.0-or-later')).toBe(false);
  });
});
