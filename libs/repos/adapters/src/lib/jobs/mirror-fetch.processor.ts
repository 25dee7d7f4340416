import { Injectable } from '@nestjs/common';
import { JobHandler, JobPayloads, JobProcessor } from '@allmende/queue';
import { MirrorService } from '@allmende/repos';

@Injectable()
@JobProcessor('repository.mirror-fetch')
export class MirrorFetchProcessor implements JobHandler<'repository.mirror-fetch'> {
  constructor(private readonly mirrors: MirrorService) {}

  process(payload: JobPayloads['repository.mirror-fetch']): Promise<void> {
    return this.mirrors.fetch(payload.repositoryId);
  }
}
