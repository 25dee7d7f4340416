import { Injectable } from '@nestjs/common';
import { JobContext, JobHandler, JobPayloads, JobProcessor } from '@allmende/queue';
import { CommitCheckRunner } from '../run/commit-check.runner';
import { LicenseCheckService } from './license-check.service';

@Injectable()
@JobProcessor('check.license')
export class LicenseCheckProcessor implements JobHandler<'check.license'> {
  constructor(
    private readonly runner: CommitCheckRunner,
    private readonly check: LicenseCheckService,
  ) {}

  process(payload: JobPayloads['check.license'], context: JobContext): Promise<void> {
    return this.runner.run(this.check, payload, context);
  }
}
