import { Module } from '@nestjs/common';
import { IdentityModule } from '@allmende/identity';
import { ReposModule } from '@allmende/repos';
import { GitAccessService } from './http/git-access.service';
import { GitConcurrency } from './http/git-concurrency';
import { GitHttpController } from './http/git-http.controller';

@Module({
  imports: [IdentityModule, ReposModule],
  controllers: [GitHttpController],
  providers: [GitAccessService, GitConcurrency],
})
export class GitHttpModule {}
