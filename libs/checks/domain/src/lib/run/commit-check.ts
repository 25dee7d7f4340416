import type { FileSelector, FileTree } from '@allmende/git';
import type { CheckKind, CheckRunEntity } from '../check-run.entity';

/**
 * One kind of check of a commit's files (license, conduct, catalogue): how it judges the
 * commit's files and how it stores its result. The bookkeeping around it (redelivery, deleted
 * repositories, retries, ERROR with a reason) is the same for all and lives in the runner.
 */
export interface CommitCheck<Result> {
  readonly kind: CheckKind;
  /** The files the check looks at; without it, every file of the commit is read. */
  readonly select?: FileSelector;
  /**
   * Judges the tree. A CheckEvaluationError ends the run in ERROR at once (a bug or a tree the
   * checker cannot handle will fail the same way every time); any other error is retried.
   */
  evaluate(tree: FileTree, run: CheckRunEntity): Promise<Result>;
  /** Writes the result and finishes the run in one transaction; false when another delivery did. */
  finish(run: CheckRunEntity, result: Result): Promise<boolean>;
}

/** A failure of a check that retrying cannot fix; its message becomes the run's reason. */
export class CheckEvaluationError extends Error {
  override readonly name = 'CheckEvaluationError';
}
