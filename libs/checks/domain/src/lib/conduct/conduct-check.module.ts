import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { scanSecrets } from '@allmende/conduct';
import { GitModule } from '@allmende/git';
import { validatePubliccode } from '@allmende/publiccode';
import { Clock } from '@allmende/util';
import { ChecksModule } from '../checks.module';
import { CommitCheckRunner } from '../run/commit-check.runner';
import { ConductCheckProcessor } from './conduct-check.processor';
import { CONDUCT_CHECKERS, ConductCheckService } from './conduct-check.service';

/**
 * The CONDUCT check worker (worker role only). `imports` must provide CheckTargets: the
 * repository context depends on this one, so it is bound where the platform is composed.
 */
@Module({})
export class ConductCheckModule {
  static forRoot(imports: ModuleMetadata['imports'] = []): DynamicModule {
    return {
      module: ConductCheckModule,
      imports: [GitModule, ChecksModule, ...imports],
      providers: [Clock, CommitCheckRunner, ConductCheckService, ConductCheckProcessor, { provide: CONDUCT_CHECKERS, useValue: { validatePubliccode, scanSecrets } }],
    };
  }
}
