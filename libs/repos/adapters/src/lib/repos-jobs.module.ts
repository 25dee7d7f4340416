import { Module } from '@nestjs/common';
import { ReposModule } from '@allmende/repos';
import { RepositoryPurgeProcessor } from './jobs/repository-purge.processor';

@Module({
  imports: [ReposModule],
  providers: [RepositoryPurgeProcessor],
})
export class ReposJobsModule {}
