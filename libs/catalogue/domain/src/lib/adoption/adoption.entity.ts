import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { NamespaceEntity } from '@allmende/identity';
import { ComponentEntity } from '../component/component.entity';

/** NAMESPACE: a namespace declared it through recordAdoption. PUBLICCODE: named in publiccode.yml `usedBy`, not verified. */
export type AdoptionSource = 'NAMESPACE' | 'PUBLICCODE';

/** "We run component X at version Y": who else already uses a component. */
@Entity('catalogue_adoptions')
// One adoption per adopter: the namespace's id, or the lower-cased name publiccode.yml gives.
@Unique('catalogue_adoptions_adopter_key', ['componentId', 'adopterKey'])
@Index('catalogue_adoptions_namespace_idx', ['namespaceId'])
export class AdoptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  componentId: string;

  @ManyToOne(() => ComponentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'component_id' })
  component?: ComponentEntity;

  @Column({ type: 'varchar', length: 300 })
  adopterKey: string;

  @Column({ type: 'uuid', nullable: true })
  namespaceId: string | null;

  @ManyToOne(() => NamespaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'namespace_id' })
  namespace?: NamespaceEntity;

  /** The namespace's display name, or the organisation as publiccode.yml names it. */
  @Column({ type: 'varchar', length: 200 })
  adopterName: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  version: string | null;

  @Column({ type: 'varchar', length: 16 })
  source: AdoptionSource;

  /** Declared by a member of the adopting namespace, not merely claimed by the publisher. */
  @Column({ type: 'boolean' })
  verified: boolean;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
