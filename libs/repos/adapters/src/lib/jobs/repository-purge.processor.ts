import { Injectable } from '@nestjs/common';
import { JobHandler, JobPayloads, JobProcessor } from '@allmende/queue';
import { RepositoryService } from '@allmende/repos';

@Injectable()
@JobProcessor('repository.purge')
export class RepositoryPurgeProcessor implements JobHandler<'repository.purge'> {
  constructor(private readonly repositories: RepositoryService) {}

  process(payload: JobPayloads['repository.purge']): Promise<void> {
    return this.repositories.purge(payload.repositoryId);
  }
}
