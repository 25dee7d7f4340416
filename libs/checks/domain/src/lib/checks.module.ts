import { Module } from '@nestjs/common';
import { Clock } from '@allmende/util';
import { CheckRunService } from './check-run.service';
import { LicenseReportStore } from './licensing/license-report.store';

@Module({
  providers: [Clock, CheckRunService, LicenseReportStore],
  exports: [CheckRunService, LicenseReportStore],
})
export class ChecksModule {}
