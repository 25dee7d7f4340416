import { Injectable } from '@nestjs/common';
import { CommitCheckRunner } from '@allmende/checks';
import { JobContext, JobHandler, JobPayloads, JobProcessor } from '@allmende/queue';
import { CatalogueCheckService } from './catalogue-check.service';

@Injectable()
@JobProcessor('check.catalogue')
export class CatalogueCheckProcessor implements JobHandler<'check.catalogue'> {
  constructor(
    private readonly runner: CommitCheckRunner,
    private readonly check: CatalogueCheckService,
  ) {}

  process(payload: JobPayloads['check.catalogue'], context: JobContext): Promise<void> {
    return this.runner.run(this.check, payload, context);
  }
}
