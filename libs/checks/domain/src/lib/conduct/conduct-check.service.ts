import { Inject, Injectable } from '@nestjs/common';
import { Badge, checkConduct, computeBadges, ConductCheckers, conductDependencies, ConductResult, ConductRules } from '@allmende/conduct';
import { FileTree, RepositoryActivityReader } from '@allmende/git';
import type { LicensePolicy } from '@allmende/licensing';
import { Clock } from '@allmende/util';
import type { CheckRunEntity } from '../check-run.entity';
import { LICENSE_POLICY } from '../licensing/license-policy.loader';
import { CheckTargets } from '../run/check-targets.port';
import { CONDUCT_RULES } from '../run/check-settings.module';
import { CheckEvaluationError, CommitCheck } from '../run/commit-check';
import { ConductReportStore } from './conduct-report.store';

/** The publiccode.yml validator and the secret scanner the conduct check delegates to. */
export const CONDUCT_CHECKERS = Symbol('CONDUCT_CHECKERS');

/** Badges look at the last six months of a repository's life. */
const ACTIVITY_WINDOW_MS = 183 * 24 * 3600 * 1000;

export interface ConductEvaluation {
  result: ConductResult;
  badges: Badge[];
  truncated: boolean;
}

/** The CONDUCT check: the platform's publishing rules on the commit, and the badges it earns. */
@Injectable()
export class ConductCheckService implements CommitCheck<ConductEvaluation> {
  readonly kind = 'CONDUCT';

  constructor(
    private readonly store: ConductReportStore,
    private readonly activity: RepositoryActivityReader,
    private readonly targets: CheckTargets,
    private readonly clock: Clock,
    @Inject(CONDUCT_RULES) private readonly rules: ConductRules,
    @Inject(CONDUCT_CHECKERS) private readonly checkers: ConductCheckers,
    @Inject(LICENSE_POLICY) private readonly policy: LicensePolicy,
  ) {}

  async evaluate(tree: FileTree, run: CheckRunEntity): Promise<ConductEvaluation> {
    const result = this.check(tree);
    const now = this.clock.now();
    const [activity, protectedBranch] = await Promise.all([
      this.activity.read(run.repositoryId, run.commit, new Date(now.getTime() - ACTIVITY_WINDOW_MS)),
      this.targets.protectsDefaultBranch(run.repositoryId),
    ]);
    const badges = computeBadges({
      now,
      repository: result.facts,
      git: { commits: activity.commits, tags: activity.tags, defaultBranchProtected: protectedBranch === true },
    });
    return { result, badges, truncated: tree.truncated === true };
  }

  finish(run: CheckRunEntity, evaluation: ConductEvaluation): Promise<boolean> {
    return this.store.finish(run, evaluation.result, evaluation.badges, evaluation.truncated);
  }

  /** The rules are pure and deterministic: if they throw on a tree, they always will. */
  private check(tree: FileTree): ConductResult {
    try {
      return checkConduct(tree, this.rules, conductDependencies(this.policy, this.checkers));
    } catch (error) {
      throw new CheckEvaluationError('the code-of-conduct check failed on this commit', { cause: error });
    }
  }
}
