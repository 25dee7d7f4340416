import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { isUniqueViolation, keysetPage } from '@allmende/database';
import { Page, PageRequest } from '@allmende/util';
import { AccessPolicy } from '../access/access-policy.service';
import { Actor, hasScope } from '../access/actor';
import { IdentityError } from '../identity.error';
import { checkDisplayName, checkSlug } from '../identity.rules';
import { MembershipEntity } from '../membership/membership.entity';
import { NamespaceEntity, NamespaceKind, NamespaceVisibility } from './namespace.entity';

export interface CreateNamespace {
  slug: string;
  displayName: string;
  kind: NamespaceKind;
  visibility?: NamespaceVisibility;
  description?: string | null;
}

@Injectable()
export class NamespaceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /** The creator becomes the namespace's first OWNER, in the same transaction. */
  async create(actor: Actor, input: CreateNamespace): Promise<NamespaceEntity> {
    if (actor.kind !== 'user') throw IdentityError.unauthenticated();
    if (!hasScope(actor, 'WRITE')) throw IdentityError.forbidden('this access token is read-only');
    checkSlug(input.slug);
    const description = (input.description ?? '').trim();
    if (description.length > 2000) throw IdentityError.invalid('description must be at most 2000 characters', { field: 'description' });
    const displayName = checkDisplayName(input.displayName);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const namespace = await manager.getRepository(NamespaceEntity).save(
          manager.getRepository(NamespaceEntity).create({
            slug: input.slug,
            displayName,
            kind: input.kind,
            visibility: input.visibility ?? 'PUBLIC',
            description,
          }),
        );
        await manager
          .getRepository(MembershipEntity)
          .insert({ namespaceId: namespace.id, userId: actor.userId, role: 'OWNER' });
        return namespace;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw IdentityError.conflict(`namespace "${input.slug}" exists already`);
      throw error;
    }
  }

  /** Returns the namespace if the actor may see it; otherwise NOT_FOUND, never FORBIDDEN. */
  async getVisible(actor: Actor, slug: string): Promise<NamespaceEntity> {
    const namespace = await this.dataSource.getRepository(NamespaceEntity).findOneBy({ slug });
    if (!namespace || !(await this.access.canSee(actor, namespace))) {
      throw IdentityError.notFound(`namespace "${slug}"`);
    }
    return namespace;
  }

  async findVisible(actor: Actor, slug: string): Promise<NamespaceEntity | null> {
    try {
      return await this.getVisible(actor, slug);
    } catch (error) {
      if (error instanceof IdentityError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /** Unfiltered lookup by id, for loaders resolving namespaces of records already authorised. */
  findByIds(ids: readonly string[]): Promise<NamespaceEntity[]> {
    return this.dataSource.getRepository(NamespaceEntity).findBy({ id: In([...ids]) });
  }

  findBySlugUnchecked(slug: string): Promise<NamespaceEntity | null> {
    return this.dataSource.getRepository(NamespaceEntity).findOneBy({ slug });
  }

  members(namespace: Pick<NamespaceEntity, 'id'>, page: Partial<PageRequest>): Promise<Page<MembershipEntity>> {
    const query = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('membership')
      .innerJoinAndSelect('membership.user', 'user')
      .where('membership.namespaceId = :namespaceId', { namespaceId: namespace.id });
    return keysetPage(query, 'membership', page);
  }
}
