import { Inject, Injectable } from '@nestjs/common';
import type { FileTree } from '@allmende/git';
import type { LicensePolicy, LicenseScanResult } from '@allmende/licensing';
import type { CheckRunEntity } from '../check-run.entity';
import { CheckEvaluationError, CommitCheck } from '../run/commit-check';
import { LicenseScanner } from './license-check.ports';
import { LICENSE_POLICY } from './license-policy.loader';
import { LicenseReportStore } from './license-report.store';
import { licenseVerdict } from './license-verdict';

/** The LICENSE check: the detector of libs/licensing on the commit, judged by the policy. */
@Injectable()
export class LicenseCheckService implements CommitCheck<LicenseScanResult> {
  readonly kind = 'LICENSE';

  constructor(
    private readonly store: LicenseReportStore,
    private readonly scanner: LicenseScanner,
    @Inject(LICENSE_POLICY) private readonly policy: LicensePolicy,
  ) {}

  /** The detector is pure and deterministic: if it throws on a tree, it always will. */
  async evaluate(tree: FileTree): Promise<LicenseScanResult> {
    try {
      return this.scanner.scan(tree, this.policy);
    } catch (error) {
      throw new CheckEvaluationError('the license detector failed on this commit', { cause: error });
    }
  }

  async finish(run: CheckRunEntity, result: LicenseScanResult): Promise<boolean> {
    return this.store.finish(run.id, result, licenseVerdict(result));
  }
}
