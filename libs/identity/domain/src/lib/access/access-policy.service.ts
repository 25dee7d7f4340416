import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MEMBER_ROLE_RANK, MemberRole, MembershipEntity } from '../membership/membership.entity';
import { NamespaceEntity } from '../namespace/namespace.entity';
import { IdentityError } from '../identity.error';
import { Actor, actsAsAdmin, hasScope, seesEverything } from './actor';

/**
 * Namespace-level authorization. Anything an actor may not see answers NOT_FOUND, so
 * private namespaces cannot be discovered by probing names.
 */
@Injectable()
export class AccessPolicy {
  constructor(private readonly dataSource: DataSource) {}

  /** `manager`: read inside a caller's transaction, e.g. after it locked the namespace's memberships. */
  async roleIn(actor: Actor, namespaceId: string, manager: EntityManager = this.dataSource.manager): Promise<MemberRole | null> {
    if (actor.kind !== 'user') return null;
    const membership = await manager
      .getRepository(MembershipEntity)
      .findOneBy({ namespaceId, userId: actor.userId });
    return membership?.role ?? null;
  }

  async canSee(actor: Actor, namespace: NamespaceEntity, manager?: EntityManager): Promise<boolean> {
    if (namespace.visibility === 'PUBLIC' || seesEverything(actor)) return true;
    return (await this.roleIn(actor, namespace.id, manager)) !== null;
  }

  /** Requires WRITE scope and at least `minimum` role (admins acting as admins pass). */
  async requireRole(actor: Actor, namespace: NamespaceEntity, minimum: MemberRole, manager?: EntityManager): Promise<MemberRole | 'ADMIN'> {
    if (!(await this.canSee(actor, namespace, manager))) throw IdentityError.notFound(`namespace "${namespace.slug}"`);
    if (actor.kind !== 'user') throw IdentityError.unauthenticated();
    if (!hasScope(actor, 'WRITE')) throw IdentityError.forbidden('this access token is read-only');
    if (actsAsAdmin(actor)) return 'ADMIN';
    const role = await this.roleIn(actor, namespace.id, manager);
    if (!role || MEMBER_ROLE_RANK[role] < MEMBER_ROLE_RANK[minimum]) {
      throw IdentityError.forbidden(`needs role ${minimum} or higher in namespace "${namespace.slug}"`);
    }
    return role;
  }
}
