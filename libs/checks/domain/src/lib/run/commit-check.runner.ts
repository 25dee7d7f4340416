import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ALLMENDE_CONFIG, AllmendeConfig } from '@allmende/config';
import { CommitTreeReader, FileSelector, FileTree, GitReadError } from '@allmende/git';
import { CheckJobPayload, JobContext, PermanentJobError } from '@allmende/queue';
import { CheckRunEntity, FINISHED_STATUSES } from '../check-run.entity';
import { CheckRunStore } from '../check-run.store';
import { CheckTargets } from './check-targets.port';
import { CheckEvaluationError, CommitCheck } from './commit-check';

/**
 * Runs one check of one commit. Safe under redelivery: a finished run is left alone, and the
 * check's final write locks the run and re-checks it, so two deliveries racing each other
 * write one result. Failures that retrying cannot fix end the run in ERROR at once; others
 * are thrown for the queue to retry, and the last attempt ends the run in ERROR too.
 */
@Injectable()
export class CommitCheckRunner {
  private readonly logger = new Logger('Checks');

  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: CheckRunStore,
    private readonly trees: CommitTreeReader,
    private readonly targets: CheckTargets,
    @Inject(ALLMENDE_CONFIG) private readonly config: AllmendeConfig,
  ) {}

  async run<Result>(check: CommitCheck<Result>, job: CheckJobPayload, context: Pick<JobContext, 'attempt' | 'maxAttempts'>): Promise<void> {
    const run = await this.dataSource.getRepository(CheckRunEntity).findOneBy({ id: job.checkRunId });
    // A run that no longer exists has nothing left to report to.
    if (!run || run.kind !== check.kind || FINISHED_STATUSES.includes(run.status)) return;
    try {
      if (!(await this.targets.isLive(run.repositoryId))) return await this.failPermanently(run, 'the repository was deleted before the check ran');
      await this.runs.start(run.id);
      const tree = await this.readTree(run, check.select);
      if (typeof tree === 'string') return await this.failPermanently(run, tree);
      const result = await this.evaluate(run, check, tree);
      if (result.failed) return await this.failPermanently(run, result.reason);
      await check.finish(run, result.value);
    } catch (error) {
      if (error instanceof PermanentJobError) throw error;
      if (context.attempt >= context.maxAttempts) {
        this.logger.error(`${check.kind} check ${run.id} failed for good: ${messageOf(error)}`);
        await this.runs.fail(run.id, `the check could not be completed after ${context.attempt} attempts`).catch(() => undefined);
      }
      throw error;
    }
  }

  /**
   * Every check reads the commit within the same limits (LICENSE_SCAN_*). The reason when the
   * commit is gone or unreadable for good; I/O errors are thrown.
   */
  private async readTree(run: CheckRunEntity, select?: FileSelector): Promise<FileTree | string> {
    try {
      return await this.trees.read(run.repositoryId, run.commit, this.config.licensing.scan, select);
    } catch (error) {
      if (error instanceof GitReadError) return error.message;
      throw error;
    }
  }

  private async evaluate<Result>(run: CheckRunEntity, check: CommitCheck<Result>, tree: FileTree): Promise<{ failed: false; value: Result } | { failed: true; reason: string }> {
    try {
      return { failed: false, value: await check.evaluate(tree, run) };
    } catch (error) {
      if (!(error instanceof CheckEvaluationError)) throw error;
      this.logger.error(`${check.kind} check ${run.id}: ${error.message}${error.cause ? ` (${messageOf(error.cause)})` : ''}`);
      return { failed: true, reason: error.message };
    }
  }

  private async failPermanently(run: CheckRunEntity, reason: string): Promise<never> {
    await this.runs.fail(run.id, reason);
    throw new PermanentJobError(`${run.kind} check ${run.id}: ${reason}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
