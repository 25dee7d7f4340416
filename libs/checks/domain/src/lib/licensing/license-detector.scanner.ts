import { Injectable } from '@nestjs/common';
import { LicensePolicy, LicenseScanResult, LicenseScanTree, scanLicenses } from '@allmende/licensing';
import { LicenseScanner } from './license-check.ports';

/** The platform's detector (libs/licensing): the same function the command line runs. */
@Injectable()
export class DetectorLicenseScanner extends LicenseScanner {
  scan(tree: LicenseScanTree, policy: LicensePolicy): LicenseScanResult {
    return scanLicenses(tree, policy);
  }
}
