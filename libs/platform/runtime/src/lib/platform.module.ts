import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { CheckSettings, CheckSettingsModule, ConductCheckModule, LicenseCheckModule } from '@allmende/checks';
import { CatalogueCheckModule } from '@allmende/catalogue';
import { CatalogueGraphqlModule } from '@allmende/catalogue-adapters';
import { AllmendeConfig } from '@allmende/config';
import { GitHttpModule } from '@allmende/git-adapters';
import { IdentityAdaptersModule } from '@allmende/identity-adapters';
import { GraphqlApiModule, OpsModule } from '@allmende/platform-adapters';
import { JobWorkerModule } from '@allmende/queue';
import { ReposModule } from '@allmende/repos';
import { ReposGraphqlModule, ReposJobsModule } from '@allmende/repos-adapters';
import { PlatformBootstrapService } from './platform-bootstrap.service';
import { PlatformCoreModule } from './platform-core.module';

/**
 * The whole platform for one role: `api` serves GraphQL and git, `worker`
 * processes jobs, `all` does both in one process. Every role serves health and metrics.
 */
@Module({})
export class PlatformModule {
  static forRoot(config: AllmendeConfig, databaseUrl: string, settings: CheckSettings): DynamicModule {
    const serveApi = config.role !== 'worker';
    const runJobs = config.role !== 'api';
    const imports: ModuleMetadata['imports'] = [
      PlatformCoreModule.forRoot(config, databaseUrl, `allmende-${config.role}`),
      CheckSettingsModule.forRoot(settings),
      OpsModule,
    ];
    if (serveApi) imports.push(GraphqlApiModule.forRoot([IdentityAdaptersModule]), IdentityAdaptersModule, ReposGraphqlModule, CatalogueGraphqlModule, GitHttpModule);
    if (runJobs) imports.push(JobWorkerModule.forRoot(config.workerConcurrency), ReposJobsModule, LicenseCheckModule.forRoot([ReposModule]), ConductCheckModule.forRoot([ReposModule]), CatalogueCheckModule.forRoot([ReposModule]));
    return { module: PlatformModule, imports, providers: serveApi ? [PlatformBootstrapService] : [] };
  }
}
