import { Module } from '@nestjs/common';
import { ReposModule } from '@allmende/repos';
import { MirrorFetchProcessor } from './jobs/mirror-fetch.processor';
import { MirrorScheduler } from './jobs/mirror-scheduler';
import { RepositoryPurgeProcessor } from './jobs/repository-purge.processor';

@Module({
  imports: [ReposModule],
  providers: [RepositoryPurgeProcessor, MirrorFetchProcessor, MirrorScheduler],
})
export class ReposJobsModule {}
