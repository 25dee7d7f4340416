import type { ComponentKind, HardeningLevel } from '@allmende/catalogue-extraction';
import type { ComponentEntity } from '../component/component.entity';

/** Every filter narrows the results; values within one filter are alternatives (OR). */
export interface ComponentSearchFilter {
  kinds?: ComponentKind[];
  /** Exact license expressions as the LICENSE check reported them. */
  licenses?: string[];
  /** Only components whose commit's license the policy ALLOWS. */
  allowedLicensesOnly?: boolean;
  /** Components whose license is DENIED are hidden unless this is set. */
  includeDenied?: boolean;
  categories?: string[];
  platforms?: string[];
  developmentStatuses?: string[];
  maintenanceTypes?: string[];
  /** MUNICIPALITY, STATE, FEDERAL, OTHER: the kind of the publishing namespace. */
  namespaceKinds?: string[];
  hardeningLevels?: HardeningLevel[];
  /** PASSED, FAILED, NEEDS_REVIEW, ERROR of the commit's CONDUCT check. */
  conductStatuses?: string[];
  /** Slug of the publishing namespace. */
  namespace?: string;
}

export type ComponentSort = 'RELEVANCE' | 'UPDATED' | 'ADOPTION';

/**
 * Who is searching, reduced to what visibility needs: anonymous callers see PUBLIC components,
 * signed-in users also INTERNAL ones and those of their namespaces, admins everything.
 */
export type SearchViewer = { kind: 'anonymous' } | { kind: 'user'; namespaceIds: readonly string[] } | { kind: 'everything' };

export interface ComponentSearchQuery {
  /** Free text in German or English; typos and prefixes are tolerated. Empty or null: browse. */
  text: string | null;
  filter: ComponentSearchFilter;
  sort: ComponentSort;
  /** 1-100. */
  first: number;
  /** Opaque cursor from a previous page. */
  after: string | null;
}

export interface FacetCount {
  /** The facet value; null counts components without one (e.g. license not checked yet). */
  value: string | null;
  count: number;
}

/** Counts over all results of the query with every filter applied (not only the page). */
export interface ComponentFacets {
  kind: FacetCount[];
  license: FacetCount[];
  category: FacetCount[];
  platform: FacetCount[];
  developmentStatus: FacetCount[];
  maintenanceType: FacetCount[];
  namespaceKind: FacetCount[];
  hardeningLevel: FacetCount[];
  conductStatus: FacetCount[];
}

export interface ComponentSearchHit {
  component: ComponentEntity;
  cursor: string;
  /** The relevance the results were ordered by (0 when browsing without text). */
  score: number;
}

export interface ComponentSearchResult {
  hits: ComponentSearchHit[];
  totalCount: number;
  hasNextPage: boolean;
  facets: ComponentFacets;
}
