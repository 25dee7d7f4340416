import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { GitModule } from '@allmende/git';
import { ChecksModule } from '../checks.module';
import { CommitCheckRunner } from '../run/commit-check.runner';
import { LicenseCheckProcessor } from './license-check.processor';
import { LicenseScanner } from './license-check.ports';
import { LicenseCheckService } from './license-check.service';
import { DetectorLicenseScanner } from './license-detector.scanner';

/**
 * The LICENSE check worker (worker role only). `imports` must provide CheckTargets: the
 * repository context depends on this one, so it is bound where the platform is composed.
 */
@Module({})
export class LicenseCheckModule {
  static forRoot(imports: ModuleMetadata['imports'] = []): DynamicModule {
    return {
      module: LicenseCheckModule,
      imports: [GitModule, ChecksModule, ...imports],
      providers: [CommitCheckRunner, LicenseCheckService, LicenseCheckProcessor, { provide: LicenseScanner, useClass: DetectorLicenseScanner }],
    };
  }
}
