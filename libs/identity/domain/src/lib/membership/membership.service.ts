import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy } from '../access/access-policy.service';
import { Actor } from '../access/actor';
import { IdentityError } from '../identity.error';
import { NamespaceService } from '../namespace/namespace.service';
import { UserEntity } from '../user/user.entity';
import { MemberRole, MembershipEntity } from './membership.entity';

export interface AddMember {
  namespace: string;
  username: string;
  role: MemberRole;
}

@Injectable()
export class MembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly namespaces: NamespaceService,
    private readonly access: AccessPolicy,
  ) {}

  /**
   * Adds a member or changes an existing member's role. Maintainers manage developers and
   * maintainers; only owners grant or take away ownership, and the last owner stays.
   */
  async addMember(actor: Actor, input: AddMember): Promise<MembershipEntity> {
    const namespace = await this.namespaces.getVisible(actor, input.namespace);
    // Checked before taking the lock so callers without a say cannot queue on it...
    await this.access.requireRole(actor, namespace, 'MAINTAINER');
    return this.dataSource.transaction(async (manager) => {
      await lockNamespaceMembers(manager, namespace.id);
      // ...and again under it, so a role taken away by a concurrent change counts.
      const actingRole = await this.access.requireRole(actor, namespace, 'MAINTAINER', manager);
      const user = await manager.getRepository(UserEntity).findOneBy({ username: input.username });
      if (!user) throw IdentityError.notFound(`user "${input.username}"`);
      const memberships = manager.getRepository(MembershipEntity);
      const existing = await memberships.findOneBy({ namespaceId: namespace.id, userId: user.id });
      const touchesOwnership = input.role === 'OWNER' || existing?.role === 'OWNER';
      if (touchesOwnership && actingRole !== 'OWNER' && actingRole !== 'ADMIN') {
        throw IdentityError.forbidden('only owners can grant or change the OWNER role');
      }
      if (existing?.role === 'OWNER' && input.role !== 'OWNER') {
        await assertAnotherOwner(manager, namespace.id, user.id);
      }
      const membership = existing ?? memberships.create({ namespaceId: namespace.id, userId: user.id });
      membership.role = input.role;
      const saved = await memberships.save(membership);
      saved.user = user;
      return saved;
    });
  }

  async removeMember(actor: Actor, namespaceSlug: string, username: string): Promise<boolean> {
    const namespace = await this.namespaces.getVisible(actor, namespaceSlug);
    await this.access.requireRole(actor, namespace, 'MAINTAINER');
    return this.dataSource.transaction(async (manager) => {
      await lockNamespaceMembers(manager, namespace.id);
      const actingRole = await this.access.requireRole(actor, namespace, 'MAINTAINER', manager);
      const membership = await manager
        .getRepository(MembershipEntity)
        .createQueryBuilder('membership')
        .innerJoin('membership.user', 'user')
        .where('membership.namespaceId = :namespaceId AND user.username = :username', { namespaceId: namespace.id, username })
        .getOne();
      if (!membership) throw IdentityError.notFound(`member "${username}"`);
      if (membership.role === 'OWNER') {
        if (actingRole !== 'OWNER' && actingRole !== 'ADMIN') throw IdentityError.forbidden('only owners can remove an owner');
        await assertAnotherOwner(manager, namespace.id, membership.userId);
      }
      await manager.getRepository(MembershipEntity).delete({ id: membership.id });
      return true;
    });
  }
}

/** Serialises membership changes of one namespace so two demotions cannot remove every owner. */
async function lockNamespaceMembers(manager: EntityManager, namespaceId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`namespace-members:${namespaceId}`]);
}

async function assertAnotherOwner(manager: EntityManager, namespaceId: string, userId: string): Promise<void> {
  const owners = await manager
    .getRepository(MembershipEntity)
    .createQueryBuilder('membership')
    .where('membership.namespaceId = :namespaceId AND membership.role = :role AND membership.userId <> :userId', {
      namespaceId,
      role: 'OWNER',
      userId,
    })
    .getCount();
  if (owners === 0) throw IdentityError.conflict('a namespace must keep at least one owner');
}
