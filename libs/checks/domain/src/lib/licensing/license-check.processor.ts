import { Injectable } from '@nestjs/common';
import { JobContext, JobHandler, JobPayloads, JobProcessor } from '@allmende/queue';
import { LicenseCheckService } from './license-check.service';

@Injectable()
@JobProcessor('check.license')
export class LicenseCheckProcessor implements JobHandler<'check.license'> {
  constructor(private readonly checks: LicenseCheckService) {}

  process(payload: JobPayloads['check.license'], context: JobContext): Promise<void> {
    return this.checks.run(payload, context);
  }
}
