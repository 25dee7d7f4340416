import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { NamespaceEntity } from '../namespace/namespace.entity';
import { UserEntity } from '../user/user.entity';

export type MemberRole = 'OWNER' | 'MAINTAINER' | 'DEVELOPER';

/** Ordered from least to most privileged; a role includes every role before it. */
export const MEMBER_ROLE_RANK: Record<MemberRole, number> = { DEVELOPER: 1, MAINTAINER: 2, OWNER: 3 };

@Entity('memberships')
@Unique('memberships_namespace_user_key', ['namespaceId', 'userId'])
@Index('memberships_user_idx', ['userId'])
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  namespaceId: string;

  @ManyToOne(() => NamespaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'namespace_id' })
  namespace?: NamespaceEntity;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  role: MemberRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
