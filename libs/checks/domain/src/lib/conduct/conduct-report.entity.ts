import { Column, Entity, Index, Unique } from 'typeorm';
import type { Badge, ConductFacts, ConductStatus } from '@allmende/conduct';
import { CheckReportColumns } from '../run/check-report.columns';

/** The result of one CONDUCT check run; its findings are the run's. Written with the run's result. */
@Entity('conduct_reports')
@Unique('conduct_reports_check_run_key', ['checkRunId'])
@Index('conduct_reports_repository_commit_idx', ['repositoryId', 'commit', 'checkedAt'])
export class ConductReportEntity extends CheckReportColumns {
  @Column({ type: 'varchar', length: 16 })
  status: ConductStatus;

  /** What the check learnt (license, security policy, secrets, publiccode.yml), kept to explain the badges. */
  @Column({ type: 'jsonb' })
  facts: ConductFacts;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  badges: Badge[];

  /** The check stopped at a read limit; files beyond it were not looked at. */
  @Column({ type: 'boolean', default: false })
  truncated: boolean;

  @Column({ type: 'timestamptz' })
  checkedAt: Date;
}
