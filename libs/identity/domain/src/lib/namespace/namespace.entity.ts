import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type NamespaceKind = 'MUNICIPALITY' | 'STATE' | 'FEDERAL' | 'OTHER';
export type NamespaceVisibility = 'PUBLIC' | 'PRIVATE';

@Entity('namespaces')
@Unique('namespaces_slug_key', ['slug'])
export class NamespaceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 64 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 16 })
  kind: NamespaceKind;

  @Column({ type: 'varchar', length: 16, default: 'PUBLIC' })
  visibility: NamespaceVisibility;

  @Column({ type: 'varchar', length: 2000, default: '' })
  description: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
