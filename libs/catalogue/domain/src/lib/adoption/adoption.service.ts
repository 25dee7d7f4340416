import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessPolicy, Actor, NamespaceService } from '@allmende/identity';
import { CatalogueError } from '../catalogue.error';
import { ComponentReader } from '../component/component.reader';
import { AdoptionEntity } from './adoption.entity';
import { refreshAdoptionCounts } from './adoption-counts';

export interface RecordAdoption {
  componentId: string;
  /** Slug of the adopting namespace. */
  namespace: string;
  version?: string | null;
}

const MAX_VERSION_LENGTH = 100;

/** "We run this": adoptions declared by namespaces, and who declared them. */
@Injectable()
export class AdoptionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly components: ComponentReader,
    private readonly namespaces: NamespaceService,
    private readonly access: AccessPolicy,
  ) {}

  /**
   * Any member of the adopting namespace (with a WRITE token) may declare it; declaring again
   * updates the version. Verified, unlike the names a publisher lists in publiccode.yml.
   */
  async record(actor: Actor, input: RecordAdoption): Promise<AdoptionEntity> {
    const version = normalisedVersion(input.version);
    const component = await this.components.getVisible(actor, input.componentId);
    const namespace = await this.namespaces.getVisible(actor, input.namespace);
    await this.access.requireRole(actor, namespace, 'DEVELOPER');
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO catalogue_adoptions (component_id, adopter_key, namespace_id, adopter_name, version, source, verified, recorded_by)
         VALUES ($1, $2, $3, $4, $5, 'NAMESPACE', true, $6)
         ON CONFLICT (component_id, adopter_key) DO UPDATE SET version = EXCLUDED.version, adopter_name = EXCLUDED.adopter_name,
                recorded_by = EXCLUDED.recorded_by, updated_at = now()`,
        [component.id, namespace.id, namespace.id, namespace.displayName, version, actor.kind === 'user' ? actor.userId : null],
      );
      await refreshAdoptionCounts(manager, [component.id]);
      return manager.getRepository(AdoptionEntity).findOneOrFail({ where: { componentId: component.id, adopterKey: namespace.id }, relations: { namespace: true } });
    });
  }

  /** Withdraws a namespace's declaration; false when there was none. */
  async remove(actor: Actor, componentId: string, namespaceSlug: string): Promise<boolean> {
    const component = await this.components.getVisible(actor, componentId);
    const namespace = await this.namespaces.getVisible(actor, namespaceSlug);
    await this.access.requireRole(actor, namespace, 'DEVELOPER');
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(AdoptionEntity, { componentId: component.id, adopterKey: namespace.id });
      await refreshAdoptionCounts(manager, [component.id]);
      return (result.affected ?? 0) > 0;
    });
  }

  /** Adopters of each component, verified ones first, then by name. */
  async adoptersOf(componentIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, AdoptionEntity[]>> {
    const byComponent = new Map<string, AdoptionEntity[]>(componentIds.map((id) => [id, []]));
    if (componentIds.length === 0) return byComponent;
    const adoptions = await manager.getRepository(AdoptionEntity).find({ where: { componentId: In([...componentIds]) }, order: { verified: 'DESC', adopterName: 'ASC' }, relations: { namespace: true } });
    for (const adoption of adoptions) byComponent.get(adoption.componentId)?.push(adoption);
    return byComponent;
  }
}

function normalisedVersion(version: string | null | undefined): string | null {
  const trimmed = version?.trim() ?? '';
  if (trimmed.length > MAX_VERSION_LENGTH) throw CatalogueError.invalid(`version must be at most ${MAX_VERSION_LENGTH} characters`, { field: 'version' });
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) throw CatalogueError.invalid('version must not contain control characters', { field: 'version' });
  return trimmed === '' ? null : trimmed;
}
