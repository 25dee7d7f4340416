import type { LicensePolicy, LicenseScanResult, LicenseScanTree } from '@allmende/licensing';

/**
 * What the license check needs to know about repositories, implemented by the repository
 * context (which depends on this one, not the other way round).
 */
export abstract class CheckTargets {
  /** False once the repository was deleted (its data may still await the purge). */
  abstract isLive(repositoryId: string): Promise<boolean>;
}

/** The detector behind a seam, so the check's bookkeeping is testable with a fake. */
export abstract class LicenseScanner {
  abstract scan(tree: LicenseScanTree, policy: LicensePolicy): LicenseScanResult;
}
