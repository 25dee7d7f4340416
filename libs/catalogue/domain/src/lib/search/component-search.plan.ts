import { COMPONENT_KINDS } from '@allmende/catalogue-extraction';
import { CatalogueError } from '../catalogue.error';
import type { ComponentSearchFilter, ComponentSearchQuery, ComponentSort } from './component-search.types';
import { decodeSearchCursor, SearchCursor } from './search-cursor';
import { parseSearchText, ParsedSearchText } from './search-text.parser';

export const MAX_PAGE_SIZE = 100;
export const MAX_FILTER_VALUES = 20;
const MAX_VALUE_LENGTH = 100;
// License expressions as the check reports them can be long conjunctions of ids.
const MAX_LICENSE_LENGTH = 500;
const MAX_SLUG_LENGTH = 64;
const SORTS: readonly ComponentSort[] = ['RELEVANCE', 'UPDATED', 'ADOPTION'];
const HARDENING_LEVELS = ['LOW', 'MEDIUM', 'HIGH'];

/** The filter with every list deduplicated and sorted, and empty lists left out: no restriction. */
export interface SearchFilter {
  kinds?: string[];
  licenses?: string[];
  allowedLicensesOnly: boolean;
  includeDenied: boolean;
  categories?: string[];
  platforms?: string[];
  developmentStatuses?: string[];
  maintenanceTypes?: string[];
  namespaceKinds?: string[];
  hardeningLevels?: string[];
  conductStatuses?: string[];
  namespace?: string;
}

/** A checked search request: nothing in it can fail in SQL. */
export interface SearchPlan {
  text: ParsedSearchText | null;
  filter: SearchFilter;
  sort: ComponentSort;
  first: number;
  after: SearchCursor | null;
}

type ListKey = 'kinds' | 'licenses' | 'categories' | 'platforms' | 'developmentStatuses' | 'maintenanceTypes' | 'namespaceKinds' | 'hardeningLevels' | 'conductStatuses';

const LISTS: { key: ListKey; maxLength: number; allowed?: readonly string[] }[] = [
  { key: 'kinds', maxLength: MAX_VALUE_LENGTH, allowed: COMPONENT_KINDS },
  { key: 'licenses', maxLength: MAX_LICENSE_LENGTH },
  { key: 'categories', maxLength: MAX_VALUE_LENGTH },
  { key: 'platforms', maxLength: MAX_VALUE_LENGTH },
  { key: 'developmentStatuses', maxLength: MAX_VALUE_LENGTH },
  { key: 'maintenanceTypes', maxLength: MAX_VALUE_LENGTH },
  { key: 'namespaceKinds', maxLength: MAX_VALUE_LENGTH },
  { key: 'hardeningLevels', maxLength: MAX_VALUE_LENGTH, allowed: HARDENING_LEVELS },
  { key: 'conductStatuses', maxLength: MAX_VALUE_LENGTH },
];

export function planSearch(query: ComponentSearchQuery): SearchPlan {
  if (!SORTS.includes(query.sort)) throw CatalogueError.invalid(`sort must be one of ${SORTS.join(', ')}`);
  if (!Number.isInteger(query.first) || query.first < 1 || query.first > MAX_PAGE_SIZE) {
    throw CatalogueError.invalid(`first must be between 1 and ${MAX_PAGE_SIZE}`, { first: query.first });
  }
  return {
    text: parseSearchText(query.text),
    filter: checkFilter(query.filter ?? {}),
    sort: query.sort,
    first: query.first,
    after: query.after === null || query.after === undefined ? null : decodeSearchCursor(query.after, query.sort),
  };
}

function checkFilter(filter: ComponentSearchFilter): SearchFilter {
  const checked: SearchFilter = { allowedLicensesOnly: filter.allowedLicensesOnly === true, includeDenied: filter.includeDenied === true };
  for (const { key, maxLength, allowed } of LISTS) {
    const values = filter[key] as unknown;
    if (values === undefined || values === null) continue;
    if (!Array.isArray(values)) throw CatalogueError.invalid(`filter.${key} must be a list`);
    if (values.length > MAX_FILTER_VALUES) {
      throw CatalogueError.invalid(`filter.${key} has more than ${MAX_FILTER_VALUES} values`, { filter: key, maxValues: MAX_FILTER_VALUES });
    }
    for (const value of values) {
      if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) {
        throw CatalogueError.invalid(`filter.${key} holds a value that is empty, not text or longer than ${maxLength} characters`, { filter: key });
      }
      if (allowed && !allowed.includes(value)) {
        throw CatalogueError.invalid(`filter.${key} holds "${value.slice(0, 40)}", which is not one of ${allowed.join(', ')}`, { filter: key });
      }
    }
    if (values.length > 0) checked[key] = [...new Set(values as string[])].sort();
  }
  if (filter.namespace !== undefined && filter.namespace !== null) {
    if (typeof filter.namespace !== 'string' || filter.namespace.length === 0 || filter.namespace.length > MAX_SLUG_LENGTH) {
      throw CatalogueError.invalid(`filter.namespace must be a namespace slug of at most ${MAX_SLUG_LENGTH} characters`);
    }
    checked.namespace = filter.namespace.toLowerCase();
  }
  return checked;
}
