import { Injectable } from '@nestjs/common';
import { JobContext, JobHandler, JobPayloads, JobProcessor } from '@allmende/queue';
import { CommitCheckRunner } from '../run/commit-check.runner';
import { ConductCheckService } from './conduct-check.service';

@Injectable()
@JobProcessor('check.conduct')
export class ConductCheckProcessor implements JobHandler<'check.conduct'> {
  constructor(
    private readonly runner: CommitCheckRunner,
    private readonly check: ConductCheckService,
  ) {}

  process(payload: JobPayloads['check.conduct'], context: JobContext): Promise<void> {
    return this.runner.run(this.check, payload, context);
  }
}
