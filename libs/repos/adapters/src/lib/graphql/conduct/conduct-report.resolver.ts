import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RepositoryType } from '../repository.type';
import { ConductReportLoader } from './conduct-report.loader';
import { ConductReportType } from './conduct-report.type';

/** Repository.conduct: visible exactly when the repository is (it resolves on a visible parent). */
@Resolver(() => RepositoryType)
export class ConductReportResolver {
  constructor(private readonly reports: ConductReportLoader) {}

  @ResolveField(() => ConductReportType, { nullable: true, description: 'Code-of-conduct check result and badges of the head commit; null before the check finished.' })
  async conduct(@Parent() repository: RepositoryType, @Context() context: object): Promise<ConductReportType | null> {
    if (!repository.headCommit) return null;
    const stored = await this.reports.load(context, { repositoryId: repository.id, commit: repository.headCommit });
    return stored ? ConductReportType.from(stored) : null;
  }
}
