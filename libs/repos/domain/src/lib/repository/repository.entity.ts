import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NamespaceEntity } from '@allmende/identity';

export type RepositoryVisibility = 'PUBLIC' | 'INTERNAL' | 'PRIVATE';

@Entity('repositories')
// Names are unique per namespace among live repositories, case-insensitively, so a deleted
// repository's name can be reused while its purge is still pending.
@Index('repositories_namespace_name_key', ['namespaceId', 'nameKey'], { unique: true, where: 'deleted_at IS NULL' })
@Index('repositories_created_idx', ['createdAt', 'id'])
export class RepositoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  namespaceId: string;

  @ManyToOne(() => NamespaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'namespace_id' })
  namespace?: NamespaceEntity;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Lower-cased name for the uniqueness check. */
  @Column({ type: 'varchar', length: 100 })
  nameKey: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  description: string;

  @Column({ type: 'varchar', length: 16 })
  visibility: RepositoryVisibility;

  @Column({ type: 'varchar', length: 255, default: 'main' })
  defaultBranch: string;

  @Column({ type: 'char', length: 40, nullable: true })
  headCommit: string | null;

  /** The default branch refuses force-pushes and deletion unless a maintainer allows them. */
  @Column({ type: 'boolean', default: false })
  allowForcePush: boolean;

  /** Upstream of a pull mirror; such repositories take no pushes. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  mirrorUrl: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  mirrorFetchedAt: Date | null;

  /** Why the last fetch failed; cleared by the next successful one. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  mirrorError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
