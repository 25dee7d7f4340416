import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { Actor, seesEverything } from '@allmende/identity';
import { RepositoryEntity } from '@allmende/repos';
import { isUuid } from '@allmende/util';
import { CatalogueError } from '../catalogue.error';
import type { SearchViewer } from '../search/component-search.types';
import { ComponentEntity } from './component.entity';

/** Reads components the way visibility allows; invisible and missing look alike. */
@Injectable()
export class ComponentReader {
  constructor(private readonly dataSource: DataSource) {}

  async viewerOf(actor: Actor): Promise<SearchViewer> {
    if (seesEverything(actor)) return { kind: 'everything' };
    if (actor.kind !== 'user') return { kind: 'anonymous' };
    const rows: { namespaceId: string }[] = await this.dataSource.query('SELECT namespace_id AS "namespaceId" FROM memberships WHERE user_id = $1', [actor.userId]);
    return { kind: 'user', namespaceIds: rows.map((row) => row.namespaceId) };
  }

  async findVisible(actor: Actor, id: string): Promise<ComponentEntity | null> {
    const component = isUuid(id) ? await this.dataSource.getRepository(ComponentEntity).findOneBy({ id }) : null;
    return component && canSee(await this.viewerOf(actor), component) ? component : null;
  }

  async getVisible(actor: Actor, id: string): Promise<ComponentEntity> {
    const component = await this.findVisible(actor, id);
    if (!component) throw CatalogueError.notFound(`component "${id}"`);
    return component;
  }

  /** The components of repositories the caller already may see, by repository, in path order. */
  async forRepositories(repositoryIds: readonly string[]): Promise<Map<string, ComponentEntity[]>> {
    const byRepository = new Map<string, ComponentEntity[]>(repositoryIds.map((id) => [id, []]));
    if (repositoryIds.length === 0) return byRepository;
    const components = await this.dataSource.getRepository(ComponentEntity).find({ where: { repositoryId: In([...repositoryIds]) }, order: { path: 'ASC', name: 'ASC' } });
    for (const component of components) byRepository.get(component.repositoryId)?.push(component);
    return byRepository;
  }

  /**
   * The repositories of components the caller already may see (a component is visible exactly
   * when its repository is), with their namespaces.
   */
  async repositoriesOf(repositoryIds: readonly string[]): Promise<Map<string, RepositoryEntity>> {
    if (repositoryIds.length === 0) return new Map();
    const repositories = await this.dataSource.getRepository(RepositoryEntity).find({ where: { id: In([...repositoryIds]), deletedAt: IsNull() }, relations: { namespace: true } });
    return new Map(repositories.map((repository) => [repository.id, repository]));
  }
}

export function canSee(viewer: SearchViewer, component: Pick<ComponentEntity, 'audience' | 'namespaceId'>): boolean {
  switch (viewer.kind) {
    case 'everything':
      return true;
    case 'anonymous':
      return component.audience === 'PUBLIC';
    case 'user':
      return component.audience !== 'MEMBERS' || viewer.namespaceIds.includes(component.namespaceId);
  }
}
