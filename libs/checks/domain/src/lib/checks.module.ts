import { Module } from '@nestjs/common';
import { Clock } from '@allmende/util';
import { CheckRunService } from './check-run.service';
import { CheckRunStore } from './check-run.store';
import { CheckRunEventPublisher } from './events/check-run-events.publisher';
import { CheckRunUpdates } from './events/check-run-updates.service';
import { ConductReportStore } from './conduct/conduct-report.store';
import { LicenseReportStore } from './licensing/license-report.store';

@Module({
  providers: [Clock, CheckRunEventPublisher, CheckRunStore, CheckRunService, CheckRunUpdates, LicenseReportStore, ConductReportStore],
  exports: [CheckRunStore, CheckRunService, CheckRunUpdates, LicenseReportStore, ConductReportStore],
})
export class ChecksModule {}
