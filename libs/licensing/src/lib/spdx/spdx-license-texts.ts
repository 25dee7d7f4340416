import licenseList from 'spdx-license-list/full';
import { isDeprecatedLicenseId } from '../declarations/spdx-license-data';

/** The SPDX license list as shipped with the platform: official texts and OSI status. */
export interface SpdxLicense {
  id: string;
  name: string;
  osiApproved: boolean;
  deprecated: boolean;
  text: string;
}

export function isOsiApproved(id: string): boolean {
  return licenseList[id]?.osiApproved === true;
}

export function spdxLicenses(): SpdxLicense[] {
  return Object.entries(licenseList).map(([id, license]) => ({
    id,
    name: license.name,
    osiApproved: license.osiApproved,
    deprecated: isDeprecatedLicenseId(id),
    text: license.licenseText,
  }));
}
