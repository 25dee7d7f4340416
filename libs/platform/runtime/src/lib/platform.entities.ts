import { CHECKS_ENTITIES } from '@allmende/checks';
import { CATALOGUE_ENTITIES } from '@allmende/catalogue';
import { IDENTITY_ENTITIES } from '@allmende/identity';
import { MIGRATIONS } from '@allmende/migrations';
import { REPOS_ENTITIES } from '@allmende/repos';
import type { DataSourceSettings } from '@allmende/database';

export const PLATFORM_ENTITIES = [...IDENTITY_ENTITIES, ...REPOS_ENTITIES, ...CHECKS_ENTITIES, ...CATALOGUE_ENTITIES];

export function platformDataSourceSettings(url: string, overrides: Partial<DataSourceSettings> = {}): DataSourceSettings {
  return { url, entities: PLATFORM_ENTITIES, migrations: MIGRATIONS, ...overrides };
}
