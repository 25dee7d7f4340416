import { Module } from '@nestjs/common';
import { Clock } from '@allmende/util';
import { CheckRunService } from './check-run.service';
import { CheckRunStore } from './check-run.store';
import { CheckRunEventPublisher } from './events/check-run-events.publisher';
import { LicenseReportStore } from './licensing/license-report.store';

@Module({
  providers: [Clock, CheckRunEventPublisher, CheckRunStore, CheckRunService, LicenseReportStore],
  exports: [CheckRunStore, CheckRunService, LicenseReportStore],
})
export class ChecksModule {}
