import { Inject, Injectable } from '@nestjs/common';
import { ALLMENDE_CONFIG, AllmendeConfig } from '@allmende/config';
import { DataSource, IsNull, Not } from 'typeorm';
import { isUniqueViolation, keysetPage } from '@allmende/database';
import { RepositoryStorage } from '@allmende/git';
import { AccessPolicy, Actor, NamespaceEntity, NamespaceService, seesEverything } from '@allmende/identity';
import { JobQueue } from '@allmende/queue';
import { Clock, isUuid, Page, PageRequest } from '@allmende/util';
import { MirrorService } from '../mirror/mirror.service';
import { resolveMirror } from '../mirror/mirror-url';
import { RepositoryError } from '../repos.error';
import { RepositoryEntity, RepositoryVisibility } from './repository.entity';
import { checkRepositoryName } from './repository.rules';

export interface CreateRepository {
  namespace: string;
  name: string;
  description?: string | null;
  visibility: RepositoryVisibility;
  /** http(s) URL of an upstream to pull-mirror. */
  mirrorOf?: string | null;
}

export interface RepositoryFilter {
  namespaceId?: string;
}

@Injectable()
export class RepositoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly namespaces: NamespaceService,
    private readonly access: AccessPolicy,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly storage: RepositoryStorage,
    private readonly mirrors: MirrorService,
    @Inject(ALLMENDE_CONFIG) private readonly config: AllmendeConfig,
  ) {}

  async create(actor: Actor, input: CreateRepository): Promise<RepositoryEntity> {
    const namespace = await this.namespaces.getVisible(actor, input.namespace);
    await this.access.requireRole(actor, namespace, 'MAINTAINER');
    checkRepositoryName(input.name);
    const description = (input.description ?? '').trim();
    if (description.length > 2000) {
      throw RepositoryError.invalid('description must be at most 2000 characters', { field: 'description' });
    }
    if (namespace.visibility === 'PRIVATE' && input.visibility !== 'PRIVATE') {
      throw RepositoryError.invalid('a repository in a private namespace must be PRIVATE', { field: 'visibility' });
    }
    const mirrorUrl = input.mirrorOf ? (await resolveMirror(input.mirrorOf, this.config.mirrors.allowPrivateNetworks)).url.toString() : null;
    const repositories = this.dataSource.getRepository(RepositoryEntity);
    try {
      const created = await repositories.save(
        repositories.create({
          namespaceId: namespace.id,
          name: input.name,
          nameKey: input.name.toLowerCase(),
          description,
          visibility: input.visibility,
          defaultBranch: 'main',
          headCommit: null,
          allowForcePush: false,
          mirrorUrl,
          mirrorFetchedAt: null,
          mirrorError: null,
          deletedAt: null,
        }),
      );
      try {
        await this.storage.create(created.id, created.defaultBranch);
      } catch (error) {
        // No record without its storage.
        await repositories.delete({ id: created.id });
        throw error;
      }
      created.namespace = namespace;
      if (mirrorUrl) await this.mirrors.requestFetch(created.id);
      return created;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw RepositoryError.conflict(`repository "${namespace.slug}/${input.name}" exists already`);
      }
      throw error;
    }
  }

  /** The repository if the actor may see it, else null; invisible and missing look alike. */
  async findVisible(actor: Actor, namespaceSlug: string, name: string): Promise<RepositoryEntity | null> {
    return this.visibleQuery(actor)
      .andWhere('namespace.slug = :slug AND repository.nameKey = :nameKey', { slug: namespaceSlug, nameKey: name.toLowerCase() })
      .getOne();
  }

  list(actor: Actor, filter: RepositoryFilter, page: Partial<PageRequest>): Promise<Page<RepositoryEntity>> {
    const query = this.visibleQuery(actor);
    if (filter.namespaceId) query.andWhere('repository.namespaceId = :namespaceId', { namespaceId: filter.namespaceId });
    return keysetPage(query, 'repository', page);
  }

  /**
   * Hides the repository at once and frees its name; a background job purges its data, so
   * deleting a large repository never holds up the request.
   */
  async delete(actor: Actor, id: string): Promise<boolean> {
    const repository = await this.getVisibleById(actor, id);
    await this.access.requireRole(actor, repository.namespace as NamespaceEntity, 'OWNER');
    await this.dataSource
      .getRepository(RepositoryEntity)
      .update({ id: repository.id, deletedAt: IsNull() }, { deletedAt: this.clock.now() });
    await this.jobs.enqueue('repository.purge', { repositoryId: repository.id }, { jobId: `purge-${repository.id}` });
    return true;
  }

  /** Removes what is left of a deleted repository; running it twice is harmless. */
  async purge(repositoryId: string): Promise<void> {
    const deleted = await this.dataSource.getRepository(RepositoryEntity).findOneBy({ id: repositoryId, deletedAt: Not(IsNull()) });
    if (!deleted) return;
    await this.storage.remove(repositoryId);
    await this.dataSource
      .getRepository(RepositoryEntity)
      .createQueryBuilder()
      .delete()
      .where('id = :repositoryId AND deleted_at IS NOT NULL', { repositoryId })
      .execute();
  }

  /** Lets maintainers allow (or forbid again) force-pushes and deletion of the default branch. */
  async setForcePush(actor: Actor, id: string, allow: boolean): Promise<RepositoryEntity> {
    const repository = await this.getVisibleById(actor, id);
    await this.access.requireRole(actor, repository.namespace as NamespaceEntity, 'MAINTAINER');
    await this.dataSource.getRepository(RepositoryEntity).update({ id }, { allowForcePush: allow });
    repository.allowForcePush = allow;
    return repository;
  }

  /** Maintainers fetch a mirror now instead of waiting for the schedule. */
  async syncMirror(actor: Actor, id: string): Promise<RepositoryEntity> {
    const repository = await this.getVisibleById(actor, id);
    await this.access.requireRole(actor, repository.namespace as NamespaceEntity, 'MAINTAINER');
    if (!repository.mirrorUrl) throw RepositoryError.invalid('this repository is not a mirror', { field: 'repositoryId' });
    await this.mirrors.requestFetch(repository.id);
    return repository;
  }

  async getVisibleById(actor: Actor, id: string): Promise<RepositoryEntity> {
    const repository = isUuid(id) ? await this.visibleQuery(actor).andWhere('repository.id = :id', { id }).getOne() : null;
    if (!repository) throw RepositoryError.notFound('repository');
    return repository;
  }

  private visibleQuery(actor: Actor) {
    const query = this.dataSource
      .getRepository(RepositoryEntity)
      .createQueryBuilder('repository')
      .innerJoinAndSelect('repository.namespace', 'namespace')
      .where('repository.deletedAt IS NULL');
    if (seesEverything(actor)) return query;
    if (actor.kind !== 'user') {
      return query.andWhere("repository.visibility = 'PUBLIC' AND namespace.visibility = 'PUBLIC'");
    }
    return query.andWhere(
      `((repository.visibility IN ('PUBLIC', 'INTERNAL') AND namespace.visibility = 'PUBLIC')
        OR EXISTS (SELECT 1 FROM memberships m WHERE m.namespace_id = repository.namespace_id AND m.user_id = :actorId))`,
      { actorId: actor.userId },
    );
  }
}
