import { Column, Entity, Index, Unique } from 'typeorm';
import type { LicenseStatus, ReuseFileResult } from '@allmende/licensing';
import { CheckReportColumns } from '../run/check-report.columns';

/** What is kept of the detector's REUSE report: the verdict and a bounded file list. */
export interface StoredReuseSummary {
  compliant: boolean;
  used: boolean;
  files: ReuseFileResult[];
  /** Files the detector reported; `files` holds at most the first few hundred. */
  fileCount: number;
}

/** The result of one LICENSE check run; written in the transaction that finishes the run. */
@Entity('license_reports')
@Unique('license_reports_check_run_key', ['checkRunId'])
@Index('license_reports_repository_commit_idx', ['repositoryId', 'commit', 'checkedAt'])
export class LicenseReportEntity extends CheckReportColumns {
  @Column({ type: 'varchar', length: 2000, nullable: true })
  expression: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: LicenseStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  outbound: string[];

  @Column({ type: 'jsonb' })
  reuse: StoredReuseSummary;

  /** The scan stopped at a limit; files beyond it were not looked at. */
  @Column({ type: 'boolean', default: false })
  truncated: boolean;

  /** Per-file results the detector reported; at most the first few thousand are stored. */
  @Column({ type: 'integer', default: 0 })
  fileCount: number;

  @Column({ type: 'timestamptz' })
  checkedAt: Date;
}
