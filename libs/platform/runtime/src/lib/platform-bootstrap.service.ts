import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ALLMENDE_CONFIG, AllmendeConfig } from '@allmende/config';
import { AccessTokenService } from '@allmende/identity';
import { DemoSeedService } from './demo/demo-seed.service';

/** Start-up work that must be done once the database is reachable and before traffic. */
@Injectable()
export class PlatformBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    @Inject(ALLMENDE_CONFIG) private readonly config: AllmendeConfig,
    private readonly tokens: AccessTokenService,
    private readonly demo: DemoSeedService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.adminToken) await this.tokens.ensureBootstrapAdmin(this.config.adminToken);
    if (this.config.demo) {
      const seeded = await this.demo.seed();
      this.logger.log(seeded ? 'demo data seeded' : 'demo data present');
    }
  }
}
