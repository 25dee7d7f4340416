import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { ChecksModule, CommitCheckRunner } from '@allmende/checks';
import { GitModule } from '@allmende/git';
import { Clock } from '@allmende/util';
import { ComponentStore } from '../component/component.store';
import { CatalogueCheckProcessor } from './catalogue-check.processor';
import { CatalogueCheckService } from './catalogue-check.service';

/** The CATALOGUE check worker (worker role only). `imports` must provide CheckTargets (see ConductCheckModule). */
@Module({})
export class CatalogueCheckModule {
  static forRoot(imports: ModuleMetadata['imports'] = []): DynamicModule {
    return {
      module: CatalogueCheckModule,
      imports: [GitModule, ChecksModule, ...imports],
      providers: [Clock, CommitCheckRunner, ComponentStore, CatalogueCheckService, CatalogueCheckProcessor],
    };
  }
}
