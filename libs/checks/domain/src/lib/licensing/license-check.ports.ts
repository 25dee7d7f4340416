import type { LicensePolicy, LicenseScanResult, LicenseScanTree } from '@allmende/licensing';

/** The detector behind a seam, so the check's bookkeeping is testable with a fake. */
export abstract class LicenseScanner {
  abstract scan(tree: LicenseScanTree, policy: LicensePolicy): LicenseScanResult;
}
