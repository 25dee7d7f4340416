import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ALLMENDE_CONFIG, AllmendeConfig } from '@allmende/config';
import { CommitTreeReader, FileTree, GitReadError } from '@allmende/git';
import type { LicensePolicy, LicenseScanResult } from '@allmende/licensing';
import { CheckJobPayload, JobContext, PermanentJobError } from '@allmende/queue';
import { CheckRunEntity, FINISHED_STATUSES } from '../check-run.entity';
import { CheckRunStore } from '../check-run.store';
import { CheckTargets, LicenseScanner } from './license-check.ports';
import { LICENSE_POLICY } from './license-policy.loader';
import { LicenseReportStore } from './license-report.store';
import { licenseVerdict } from './license-verdict';

/**
 * Runs the LICENSE check of one commit. Safe under redelivery: a finished run is left alone,
 * and the final write locks the run and re-checks it, so two deliveries racing each other
 * write one report. Failures that retrying cannot fix end the run in ERROR at once; others
 * are thrown for the queue to retry, and the last attempt ends the run in ERROR too.
 */
@Injectable()
export class LicenseCheckService {
  private readonly logger = new Logger('LicenseCheck');

  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: CheckRunStore,
    private readonly store: LicenseReportStore,
    private readonly trees: CommitTreeReader,
    private readonly targets: CheckTargets,
    private readonly scanner: LicenseScanner,
    @Inject(LICENSE_POLICY) private readonly policy: LicensePolicy,
    @Inject(ALLMENDE_CONFIG) private readonly config: AllmendeConfig,
  ) {}

  async run(job: CheckJobPayload, context: Pick<JobContext, 'attempt' | 'maxAttempts'>): Promise<void> {
    const run = await this.dataSource.getRepository(CheckRunEntity).findOneBy({ id: job.checkRunId });
    // A run that no longer exists has nothing left to report to.
    if (!run || run.kind !== 'LICENSE' || FINISHED_STATUSES.includes(run.status)) return;
    try {
      if (!(await this.targets.isLive(run.repositoryId))) return await this.failPermanently(run, 'the repository was deleted before the check ran');
      await this.runs.start(run.id);
      const tree = await this.readTree(run);
      if (typeof tree === 'string') return await this.failPermanently(run, tree);
      const result = this.scan(tree);
      if (!result) return await this.failPermanently(run, 'the license detector failed on this commit');
      await this.store.finish(run.id, result, licenseVerdict(result));
    } catch (error) {
      if (error instanceof PermanentJobError) throw error;
      if (context.attempt >= context.maxAttempts) {
        this.logger.error(`license check ${run.id} failed for good: ${messageOf(error)}`);
        await this.runs.fail(run.id, `the check could not be completed after ${context.attempt} attempts`).catch(() => undefined);
      }
      throw error;
    }
  }

  /** The reason when the commit is gone or unreadable for good; I/O errors are thrown. */
  private async readTree(run: CheckRunEntity): Promise<FileTree | string> {
    try {
      return await this.trees.read(run.repositoryId, run.commit, this.config.licensing.scan);
    } catch (error) {
      if (error instanceof GitReadError) return error.message;
      throw error;
    }
  }

  /** The detector is pure and deterministic: if it throws on a tree, it always will. */
  private scan(tree: FileTree): LicenseScanResult | null {
    try {
      return this.scanner.scan(tree, this.policy);
    } catch (error) {
      this.logger.error(`license detector failed: ${messageOf(error)}`);
      return null;
    }
  }

  private async failPermanently(run: CheckRunEntity, reason: string): Promise<never> {
    await this.runs.fail(run.id, reason);
    throw new PermanentJobError(`license check ${run.id}: ${reason}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
