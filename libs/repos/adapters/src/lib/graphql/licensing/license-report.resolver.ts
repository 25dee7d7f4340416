import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RepositoryType } from '../repository.type';
import { LicenseReportLoader } from './license-report.loader';
import { LicenseReportType } from './license-report.type';

/** Repository.license: visible exactly when the repository is (it resolves on a visible parent). */
@Resolver(() => RepositoryType)
export class LicenseReportResolver {
  constructor(private readonly reports: LicenseReportLoader) {}

  @ResolveField(() => LicenseReportType, { nullable: true, description: 'License check result of the head commit; null before the check finished.' })
  async license(@Parent() repository: RepositoryType, @Context() context: object): Promise<LicenseReportType | null> {
    if (!repository.headCommit) return null;
    const stored = await this.reports.load(context, { repositoryId: repository.id, commit: repository.headCommit });
    return stored ? LicenseReportType.from(stored) : null;
  }
}
