import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LicenseMethod } from '@allmende/licensing';
import { LicenseReportEntity } from './license-report.entity';

/** PostgreSQL returns numeric as a string (it may not fit a double); confidence always does. */
const numberTransformer = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One place in the tree that says something about licensing. */
@Entity('license_report_files')
@Index('license_report_files_report_idx', ['reportId', 'path'])
export class LicenseReportFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => LicenseReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: LicenseReportEntity;

  @Column({ type: 'varchar', length: 4096 })
  path: string;

  @Column({ type: 'varchar', length: 512 })
  spdxId: string;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numberTransformer })
  confidence: number;

  @Column({ type: 'varchar', length: 16 })
  method: LicenseMethod;

  @Column({ type: 'integer', nullable: true })
  line: number | null;
}
