import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../user/user.entity';

export type TokenScope = 'READ' | 'WRITE' | 'REVIEW' | 'ADMIN';

@Entity('access_tokens')
@Unique('access_tokens_hash_key', ['tokenHash'])
@Index('access_tokens_user_idx', ['userId'])
export class AccessTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** SHA-256 of the token; the token itself is shown once and never stored. */
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  /** First characters of the token, so its owner can recognise it in a list. */
  @Column({ type: 'varchar', length: 16 })
  displayPrefix: string;

  @Column({ type: 'text', array: true })
  scopes: TokenScope[];

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  /** Tokens created from ALLMENDE_ADMIN_TOKEN are replaced when the variable changes. */
  @Column({ type: 'boolean', default: false })
  bootstrap: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
