import licenseList from 'spdx-license-list/full';
import deprecatedIds from 'spdx-license-ids/deprecated.json';
import currentIds from 'spdx-license-ids/index.json';

/** The SPDX license list as shipped with the platform: official texts and OSI status. */
export interface SpdxLicense {
  id: string;
  name: string;
  osiApproved: boolean;
  deprecated: boolean;
  text: string;
}

let byLowerCaseId: Map<string, string> | undefined;

function idIndex(): Map<string, string> {
  byLowerCaseId ??= new Map([...currentIds, ...deprecatedIds].map((id) => [id.toLowerCase(), id]));
  return byLowerCaseId;
}

/** SPDX ids are case-insensitive; this gives the official spelling, or null for an unknown id. */
export function canonicalLicenseId(id: string): string | null {
  return idIndex().get(id.toLowerCase()) ?? null;
}

export function isDeprecatedLicenseId(id: string): boolean {
  return (deprecatedIds as string[]).includes(id);
}

export function isOsiApproved(id: string): boolean {
  return licenseList[id]?.osiApproved === true;
}

export function spdxLicenses(): SpdxLicense[] {
  const deprecated = new Set<string>(deprecatedIds);
  return Object.entries(licenseList).map(([id, license]) => ({
    id,
    name: license.name,
    osiApproved: license.osiApproved,
    deprecated: deprecated.has(id),
    text: license.licenseText,
  }));
}
