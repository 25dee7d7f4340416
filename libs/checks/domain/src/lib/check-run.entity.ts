import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type CheckKind = 'LICENSE' | 'CONDUCT' | 'CATALOGUE';
export type CheckStatus = 'QUEUED' | 'RUNNING' | 'PASSED' | 'FAILED' | 'NEEDS_REVIEW' | 'ERROR';
export const CHECK_KINDS: readonly CheckKind[] = ['LICENSE', 'CONDUCT', 'CATALOGUE'];
export const FINISHED_STATUSES: readonly CheckStatus[] = ['PASSED', 'FAILED', 'NEEDS_REVIEW', 'ERROR'];

export interface Finding {
  rule: string;
  severity: 'ERROR' | 'WARNING' | 'INFO';
  path: string | null;
  line: number | null;
  message: string;
}

/** One check of one commit; a re-delivered push or job finds the existing row. */
@Entity('check_runs')
@Unique('check_runs_repository_commit_kind_key', ['repositoryId', 'commit', 'kind'])
@Index('check_runs_repository_created_idx', ['repositoryId', 'createdAt'])
export class CheckRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  repositoryId: string;

  @Column({ type: 'char', length: 40 })
  commit: string;

  @Column({ type: 'varchar', length: 16 })
  kind: CheckKind;

  @Column({ type: 'varchar', length: 16, default: 'QUEUED' })
  status: CheckStatus;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  summary: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  findings: Finding[];

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
