import { Module } from '@nestjs/common';
import { ChecksModule } from '@allmende/checks';
import { GitModule } from '@allmende/git';
import { IdentityModule } from '@allmende/identity';
import { Clock } from '@allmende/util';
import { MirrorService } from './mirror/mirror.service';
import { PushService } from './push/push.service';
import { RepositoryService } from './repository/repository.service';

@Module({
  imports: [IdentityModule, GitModule, ChecksModule],
  providers: [Clock, RepositoryService, PushService, MirrorService],
  exports: [RepositoryService, PushService, MirrorService, GitModule, ChecksModule],
})
export class ReposModule {}
