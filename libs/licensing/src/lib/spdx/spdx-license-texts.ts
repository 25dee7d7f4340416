import { readFileSync } from 'node:fs';
import licenseList from 'spdx-license-list';
import { version as spdxListVersion } from 'spdx-license-list/package.json';
import { isDeprecatedLicenseId } from '../declarations/spdx-license-data';

/** The SPDX license list as shipped with the platform: official texts and OSI status. */
export interface SpdxLicense {
  id: string;
  name: string;
  osiApproved: boolean;
  deprecated: boolean;
  text: string;
}

/** The version of the SPDX license data; precomputed reference texts of another version are stale. */
export const SPDX_LICENSE_LIST_VERSION: string = spdxListVersion;

export function isOsiApproved(id: string): boolean {
  return licenseList[id]?.osiApproved === true;
}

/** The SPDX names ("MIT No Attribution"), which copies of a license use as their title. */
export function spdxLicenseNames(): string[] {
  return Object.values(licenseList).map((license) => license.name);
}

/** The full texts (about 12 MB of JSON): loaded only when the reference texts are computed. */
export function spdxLicenses(): SpdxLicense[] {
  const fullList = JSON.parse(readFileSync(require.resolve('spdx-license-list/spdx-full.json'), 'utf8')) as Record<string, { name: string; osiApproved: boolean; licenseText: string }>;
  return Object.entries(fullList).map(([id, license]) => ({
    id,
    name: license.name,
    osiApproved: license.osiApproved,
    deprecated: isDeprecatedLicenseId(id),
    text: license.licenseText,
  }));
}
