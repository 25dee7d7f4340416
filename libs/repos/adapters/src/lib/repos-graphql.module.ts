import { Module } from '@nestjs/common';
import { IdentityModule } from '@allmende/identity';
import { ReposModule } from '@allmende/repos';
import { CheckRunSubscriptionResolver } from './graphql/check-run-subscription.resolver';
import { ConductReportLoader } from './graphql/conduct/conduct-report.loader';
import { ConductReportResolver } from './graphql/conduct/conduct-report.resolver';
import { LicensePolicyResolver } from './graphql/licensing/license-policy.resolver';
import { LicenseReportLoader } from './graphql/licensing/license-report.loader';
import { LicenseReportResolver } from './graphql/licensing/license-report.resolver';
import { NamespaceRepositoriesResolver } from './graphql/namespace-repositories.resolver';
import { RepositoryContentResolver } from './graphql/repository-content.resolver';
import { RepositoryResolver } from './graphql/repository.resolver';

@Module({
  imports: [IdentityModule, ReposModule],
  providers: [
    RepositoryResolver,
    NamespaceRepositoriesResolver,
    RepositoryContentResolver,
    CheckRunSubscriptionResolver,
    LicenseReportLoader,
    LicenseReportResolver,
    LicensePolicyResolver,
    ConductReportLoader,
    ConductReportResolver,
  ],
})
export class ReposGraphqlModule {}
