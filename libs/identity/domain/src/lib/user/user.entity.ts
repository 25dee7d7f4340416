import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type PlatformRoleName = 'REVIEWER' | 'ADMIN';

@Entity('users')
@Unique('users_username_key', ['username'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  username: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  platformRoles: PlatformRoleName[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
