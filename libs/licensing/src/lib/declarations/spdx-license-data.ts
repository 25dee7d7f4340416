import exceptionIds from 'spdx-exceptions/index.json';
import deprecatedIds from 'spdx-license-ids/deprecated.json';
import licenseIds from 'spdx-license-ids/index.json';

/**
 * Lookups over the SPDX license list. SPDX ids are matched case-insensitively (SPDX 2.3,
 * Annex D.2), so every table is keyed by the lower-cased id and yields the official spelling.
 */
const byLowerCase = (ids: readonly string[]): ReadonlyMap<string, string> => new Map(ids.map((id) => [id.toLowerCase(), id]));

const CURRENT = byLowerCase(licenseIds);
const DEPRECATED = byLowerCase(deprecatedIds);
const EXCEPTIONS = byLowerCase(exceptionIds);

/** The official spelling of a license id (current or deprecated), or null. */
export function canonicalLicenseId(id: string): string | null {
  const key = id.toLowerCase();
  return CURRENT.get(key) ?? DEPRECATED.get(key) ?? null;
}

/** The official spelling of a license exception id, or null. */
export function canonicalExceptionId(id: string): string | null {
  return EXCEPTIONS.get(id.toLowerCase()) ?? null;
}

/** True for ids on the SPDX license list, deprecated ones included, in any letter case. */
export function isKnownLicenseId(id: string): boolean {
  return canonicalLicenseId(id) !== null;
}

export function isKnownExceptionId(id: string): boolean {
  return canonicalExceptionId(id) !== null;
}

export function isDeprecatedLicenseId(id: string): boolean {
  return DEPRECATED.has(id.toLowerCase());
}

export function currentLicenseIds(): readonly string[] {
  return licenseIds;
}
