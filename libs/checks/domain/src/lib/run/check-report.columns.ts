import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CheckRunEntity } from '../check-run.entity';

/** What every check's report row has: the run it belongs to, and which commit of which repository. */
export abstract class CheckReportColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  checkRunId: string;

  @ManyToOne(() => CheckRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'check_run_id' })
  checkRun?: CheckRunEntity;

  @Column({ type: 'uuid' })
  repositoryId: string;

  @Column({ type: 'char', length: 40 })
  commit: string;
}
