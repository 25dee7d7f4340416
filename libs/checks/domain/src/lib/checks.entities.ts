import { CheckRunEntity } from './check-run.entity';
import { ConductReportEntity } from './conduct/conduct-report.entity';
import { LicenseReportFileEntity } from './licensing/license-report-file.entity';
import { LicenseReportEntity } from './licensing/license-report.entity';

export const CHECKS_ENTITIES = [CheckRunEntity, LicenseReportEntity, LicenseReportFileEntity, ConductReportEntity];
