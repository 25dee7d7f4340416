import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ComponentEntity } from '../component/component.entity';
import type { ComponentSearchQuery, ComponentSearchResult, SearchViewer } from './component-search.types';

/** A stand-in with no ranking, filters or facets, so the API can be wired up while the real search is built on its own branch. */
@Injectable()
export class ComponentSearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: ComponentSearchQuery, viewer: SearchViewer): Promise<ComponentSearchResult> {
    const rows = await this.dataSource.getRepository(ComponentEntity).find({ take: query.first });
    const visible = rows.filter((row) => viewer.kind === 'everything' || row.audience === 'PUBLIC');
    const empty = { kind: [], license: [], category: [], platform: [], developmentStatus: [], maintenanceType: [], namespaceKind: [], hardeningLevel: [], conductStatus: [] };
    return { hits: visible.map((component) => ({ component, cursor: component.id, score: 0 })), totalCount: visible.length, hasNextPage: false, facets: empty };
  }
}
