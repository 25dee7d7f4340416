import { Module } from '@nestjs/common';
import { ChecksModule, CheckTargets } from '@allmende/checks';
import { GitModule } from '@allmende/git';
import { IdentityModule } from '@allmende/identity';
import { Clock } from '@allmende/util';
import { MirrorService } from './mirror/mirror.service';
import { PushService } from './push/push.service';
import { RepositoryCheckTargets } from './repository/repository-check-targets';
import { RepositoryService } from './repository/repository.service';

@Module({
  imports: [IdentityModule, GitModule, ChecksModule],
  providers: [Clock, RepositoryService, PushService, MirrorService, { provide: CheckTargets, useClass: RepositoryCheckTargets }],
  exports: [RepositoryService, PushService, MirrorService, CheckTargets, GitModule, ChecksModule],
})
export class ReposModule {}
