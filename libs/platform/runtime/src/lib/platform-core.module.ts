import { DynamicModule, Module } from '@nestjs/common';
import { AllmendeConfig, ConfigModule } from '@allmende/config';
import { DatabaseModule } from '@allmende/database';
import { IdentityModule } from '@allmende/identity';
import { QueueModule } from '@allmende/queue';
import { ReposModule } from '@allmende/repos';
import { DemoContentWriter } from './demo/demo-content.writer';
import { DemoSeedService } from './demo/demo-seed.service';
import { platformDataSourceSettings } from './platform.entities';

/** Configuration, database, queue and the domain services: what every process needs. */
@Module({})
export class PlatformCoreModule {
  static forRoot(config: AllmendeConfig, databaseUrl: string, applicationName: string): DynamicModule {
    return {
      module: PlatformCoreModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(platformDataSourceSettings(databaseUrl, { applicationName })),
        QueueModule.forRoot({ databaseUrl, redisUrl: config.redisUrl, prefix: config.queuePrefix }),
        IdentityModule,
        ReposModule,
      ],
      providers: [DemoSeedService, DemoContentWriter],
      exports: [IdentityModule, ReposModule, DemoSeedService],
    };
  }
}
