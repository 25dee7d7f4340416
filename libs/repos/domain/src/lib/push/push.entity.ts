import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One ref changed by one push: who, when, from which commit to which. */
@Entity('pushes')
@Index('pushes_repository_created_idx', ['repositoryId', 'createdAt'])
export class PushEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  repositoryId: string;

  /** Null when the user was deleted later; the push stays in the history. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 40 })
  actorName: string;

  @Column({ type: 'varchar', length: 255 })
  ref: string;

  @Column({ type: 'char', length: 40 })
  oldSha: string;

  @Column({ type: 'char', length: 40 })
  newSha: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
