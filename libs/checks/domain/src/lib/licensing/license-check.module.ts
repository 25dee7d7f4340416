import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { GitModule } from '@allmende/git';
import { LicenseCheckProcessor } from './license-check.processor';
import { LicenseCheckService } from './license-check.service';
import { ChecksModule } from '../checks.module';

/**
 * The LICENSE check worker. `imports` must provide CheckTargets and LicenseScanner: the
 * repository context and the detector are bound where the platform is composed.
 */
@Module({})
export class LicenseCheckModule {
  static forRoot(imports: ModuleMetadata['imports'] = []): DynamicModule {
    return {
      module: LicenseCheckModule,
      imports: [GitModule, ChecksModule, ...imports],
      providers: [LicenseCheckService, LicenseCheckProcessor],
    };
  }
}
