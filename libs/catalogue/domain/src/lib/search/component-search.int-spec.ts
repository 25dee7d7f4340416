import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ComponentKind, ExtractedComponent, HardeningLevel, LocalizedDescription } from '@allmende/catalogue-extraction';
import { createDataSource, PgNotificationListener, runMigrationsLocked } from '@allmende/database';
import { IDENTITY_ENTITIES } from '@allmende/identity';
import { MIGRATIONS } from '@allmende/migrations';
import { REPOS_ENTITIES } from '@allmende/repos';
import { createTestDatabase, TestDatabase } from '@allmende/testing';
import { Clock } from '@allmende/util';
import { CATALOGUE_ENTITIES } from '../catalogue.entities';
import { ComponentStore } from '../component/component.store';
import { ComponentSearchCache } from './component-search.cache';
import { planSearch } from './component-search.plan';
import { rankingStatement, SEARCH_SETTINGS, SearchSegment, textSearchStatement } from './component-search.query';
import { ComponentSearchService } from './component-search.service';
import type { ComponentSearchFilter, ComponentSearchQuery, ComponentSearchResult, ComponentSort, SearchViewer } from './component-search.types';
import { decodeSearchCursor } from './search-cursor';

const COMMIT = 'a'.repeat(40);
const FILLERS = 230;

interface Fixture {
  repository: string;
  kind: ComponentKind;
  de?: string;
  en?: string;
  features?: string[];
  categories: string[];
  platforms: string[];
  status: string | null;
  maintenance: string | null;
  hardening?: HardeningLevel;
  license: [string, string] | null;
  conduct: string | null;
  badges?: number;
  adoptions?: [number, number];
}

/** The catalogue every test searches; letters in comments name the components below. */
const COMPONENTS: Record<string, Fixture> = {
  // A
  'nextcloud-hardened': { repository: 'cloud', kind: 'CONTAINER_IMAGE', de: 'Gehärtetes Container-Image für Nextcloud', features: ['Dateiablage', 'Kalender'], categories: ['collaboration', 'document-management'], platforms: ['linux'], status: 'stable', maintenance: 'internal', hardening: 'HIGH', license: ['EUPL-1.2', 'ALLOWED'], conduct: 'PASSED', badges: 6, adoptions: [5, 3] },
  // B
  'Nextcloud (hardened)': { repository: 'cloud', kind: 'HELM_CHART', en: 'Helm chart for the hardened Nextcloud', features: ['file sharing'], categories: ['collaboration'], platforms: ['linux'], status: 'stable', maintenance: 'internal', hardening: 'MEDIUM', license: ['EUPL-1.2', 'ALLOWED'], conduct: 'NEEDS_REVIEW' },
  // C
  'PostgreSQL-Datenbank': { repository: 'db', kind: 'APPLICATION', de: 'Hochverfügbare PostgreSQL-Datenbank mit Sicherung', en: 'Highly available PostgreSQL database with backups', categories: ['it-management', 'backup'], platforms: ['linux'], status: 'stable', maintenance: 'community', license: ['Apache-2.0', 'ALLOWED'], conduct: 'PASSED', badges: 3, adoptions: [12, 10] },
  // D
  'pg-backup': { repository: 'db', kind: 'LIBRARY', en: 'Backup library for database dumps', categories: ['backup'], platforms: ['linux', 'windows'], status: 'beta', maintenance: 'community', license: ['MIT', 'ALLOWED'], conduct: 'FAILED' },
  // E
  'datenbankserver-config': { repository: 'db', kind: 'CONFIGURATION', de: 'Konfiguration für Datenbankserver', categories: ['it-management'], platforms: [], status: 'development', maintenance: 'contract', license: null, conduct: null },
  // F: INTERNAL
  'intranet-portal': { repository: 'intranet', kind: 'APPLICATION', de: 'Intranet für Beschäftigte der Stadt', categories: ['collaboration'], platforms: ['web'], status: 'stable', maintenance: 'internal', license: ['EUPL-1.2', 'ALLOWED'], conduct: 'PASSED' },
  // G: MEMBERS of bund-intern (a private namespace)
  'geheim-datenbank': { repository: 'geheim', kind: 'APPLICATION', de: 'Interne Datenbank des Bundes', categories: ['it-management'], platforms: ['web'], status: 'beta', maintenance: 'internal', license: ['EUPL-1.2', 'ALLOWED'], conduct: 'PASSED' },
  // H: MEMBERS of land-it (a private repository)
  'land-secret-db': { repository: 'secret', kind: 'LIBRARY', en: 'Secret database client', categories: ['it-management'], platforms: ['linux'], status: 'concept', maintenance: 'internal', license: ['MIT', 'ALLOWED'], conduct: null },
  // I: DENIED
  'sspl-datenbank': { repository: 'cloud', kind: 'APPLICATION', de: 'Datenbank unter SSPL', categories: ['it-management'], platforms: ['linux'], status: 'stable', maintenance: 'community', license: ['SSPL-1.0', 'DENIED'], conduct: 'FAILED' },
  // J
  'keycloak-theme': { repository: 'db', kind: 'CONFIGURATION', en: 'Keycloak login theme for the state portal', categories: ['identity-management'], platforms: ['web'], status: 'stable', maintenance: 'community', license: ['MIT', 'ALLOWED'], conduct: 'PASSED' },
  // K
  terminvergabe: { repository: 'cloud', kind: 'APPLICATION', de: 'Online-Terminvereinbarung für Bürgerämter', categories: ['appointment-scheduling'], platforms: ['web', 'android'], status: 'stable', maintenance: 'contract', license: ['EUPL-1.2', 'ALLOWED'], conduct: 'PASSED' },
};

const NAMESPACES = [
  { slug: 'musterstadt', kind: 'MUNICIPALITY', visibility: 'PUBLIC' },
  { slug: 'land-it', kind: 'STATE', visibility: 'PUBLIC' },
  { slug: 'bund-intern', kind: 'FEDERAL', visibility: 'PRIVATE' },
  { slug: 'formularwerk', kind: 'OTHER', visibility: 'PUBLIC' },
];

const REPOSITORIES = [
  { name: 'cloud', namespace: 'musterstadt', visibility: 'PUBLIC', updatedAt: '2026-01-01T10:00:00.000001Z' },
  { name: 'intranet', namespace: 'musterstadt', visibility: 'INTERNAL', updatedAt: '2026-01-02T10:00:00Z' },
  { name: 'db', namespace: 'land-it', visibility: 'PUBLIC', updatedAt: '2026-01-03T10:00:00Z' },
  { name: 'secret', namespace: 'land-it', visibility: 'PRIVATE', updatedAt: '2026-01-04T10:00:00Z' },
  { name: 'geheim', namespace: 'bund-intern', visibility: 'PUBLIC', updatedAt: '2026-01-05T10:00:00Z' },
  { name: 'formulare', namespace: 'formularwerk', visibility: 'PUBLIC', updatedAt: '2026-01-01T10:00:00Z' },
];

function extracted(name: string, fixture: Pick<Fixture, 'kind' | 'de' | 'en' | 'features' | 'categories' | 'platforms' | 'status' | 'maintenance' | 'hardening'>): ExtractedComponent {
  const descriptions: Record<string, LocalizedDescription> = {};
  if (fixture.de) descriptions.de = { shortDescription: fixture.de, longDescription: null, features: fixture.features ?? [] };
  if (fixture.en) descriptions.en = { shortDescription: fixture.en, longDescription: null, features: fixture.de ? [] : (fixture.features ?? []) };
  return {
    key: `${fixture.kind}:publiccode.yml#${name}`,
    kind: fixture.kind,
    path: 'publiccode.yml',
    name,
    version: '1.0.0',
    ecosystem: null,
    descriptions,
    categories: fixture.categories,
    platforms: fixture.platforms,
    softwareType: null,
    developmentStatus: fixture.status,
    maintenanceType: fixture.maintenance,
    declaredLicense: null,
    dependsOn: [],
    usedBy: [],
    logo: null,
    hardening: fixture.hardening ? { score: { LOW: 20, MEDIUM: 60, HIGH: 90 }[fixture.hardening], level: fixture.hardening, checks: [] } : null,
    details: {},
  };
}

const anonymous: SearchViewer = { kind: 'anonymous' };
const everything: SearchViewer = { kind: 'everything' };

describe('ComponentSearchService on a real database', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let listener: PgNotificationListener;
  let cache: ComponentSearchCache;
  let service: ComponentSearchService;
  const namespaceIds = new Map<string, string>();
  /** A signed-in member of bund-intern: sees G but not H. */
  let member: SearchViewer;
  const signedIn: SearchViewer = { kind: 'user', namespaceIds: [] };

  const search = (text: string | null, options: { filter?: ComponentSearchFilter; sort?: ComponentSort; first?: number; after?: string | null } = {}, viewer: SearchViewer = anonymous) =>
    service.search({ text, filter: options.filter ?? {}, sort: options.sort ?? 'RELEVANCE', first: options.first ?? 100, after: options.after ?? null }, viewer);
  const names = (result: ComponentSearchResult) => result.hits.map((hit) => hit.component.name);
  const sortedNames = async (text: string | null, filter: ComponentSearchFilter = {}, viewer: SearchViewer = anonymous) => names(await search(text, { filter }, viewer)).sort();

  beforeAll(async () => {
    Logger.overrideLogger(false);
    database = await createTestDatabase();
    dataSource = await createDataSource({ url: database.url, entities: [...IDENTITY_ENTITIES, ...REPOS_ENTITIES, ...CATALOGUE_ENTITIES], migrations: MIGRATIONS }).initialize();
    await runMigrationsLocked(dataSource);
    for (const namespace of NAMESPACES) {
      const [{ id }] = await dataSource.query(`INSERT INTO namespaces (slug, display_name, kind, visibility) VALUES ($1, $1, $2, $3) RETURNING id`, [namespace.slug, namespace.kind, namespace.visibility]);
      namespaceIds.set(namespace.slug, id);
    }
    member = { kind: 'user', namespaceIds: [namespaceIds.get('bund-intern') as string] };
    const store = new ComponentStore();
    for (const repository of REPOSITORIES) {
      const [{ id }] = await dataSource.query(`INSERT INTO repositories (namespace_id, name, name_key, visibility, head_commit) VALUES ($1, $2, $2, $3, $4) RETURNING id`, [
        namespaceIds.get(repository.namespace),
        repository.name,
        repository.visibility,
        COMMIT,
      ]);
      const components =
        repository.name === 'formulare'
          ? Array.from({ length: FILLERS }, (_, i) =>
              extracted(`formular-baustein-${String(i).padStart(3, '0')}`, { kind: 'LIBRARY', de: 'Baustein für barrierefreie Formulare', categories: ['data-collection'], platforms: ['web'], status: 'stable', maintenance: 'community' }),
            )
          : Object.entries(COMPONENTS)
              .filter(([, fixture]) => fixture.repository === repository.name)
              .map(([name, fixture]) => extracted(name, fixture));
      await dataSource.transaction((manager) => store.replaceForHead(manager, id, COMMIT, components, new Date(repository.updatedAt)));
    }
    // What the LICENSE and CONDUCT report triggers and recorded adoptions would mirror onto each row.
    for (const [name, fixture] of Object.entries(COMPONENTS)) {
      await dataSource.query(
        `UPDATE catalogue_components SET license_expression = $2, license_status = $3, conduct_status = $4, badge_score = $5, adoption_count = $6, verified_adoption_count = $7 WHERE name = $1`,
        [name, fixture.license?.[0] ?? null, fixture.license?.[1] ?? null, fixture.conduct, fixture.badges ?? 0, fixture.adoptions?.[0] ?? 0, fixture.adoptions?.[1] ?? 0],
      );
    }
    // Fillers with ties in every sort key: five adoption counts, one time, one text.
    await dataSource.query(
      `UPDATE catalogue_components SET license_expression = 'EUPL-1.2', license_status = 'ALLOWED', conduct_status = 'PASSED',
              adoption_count = substring(name from '\\d+$')::int % 5, verified_adoption_count = substring(name from '\\d+$')::int % 2
        WHERE name LIKE 'formular-baustein-%'`,
    );
    // Two rows one microsecond apart, which a cursor cut to milliseconds would lose between pages.
    await dataSource.query(`UPDATE catalogue_components SET updated_at = updated_at + interval '1 microsecond' WHERE name = 'terminvergabe'`);
    listener = new PgNotificationListener({ url: database.url });
    cache = new ComponentSearchCache(new Clock(), listener);
    await cache.onModuleInit();
    service = new ComponentSearchService(dataSource, cache);
  });

  afterAll(async () => {
    cache?.onModuleDestroy();
    await listener?.onApplicationShutdown();
    await dataSource?.destroy();
    await database?.drop();
  });

  describe('text', () => {
    it('finds German words, also inside a hyphenated compound, and a compound a word begins while it is typed', async () => {
      expect(await sortedNames('Datenbank')).toEqual(['PostgreSQL-Datenbank', 'datenbankserver-config']);
      expect(await sortedNames('Datenbanken ')).toEqual(['PostgreSQL-Datenbank', 'datenbankserver-config']);
    });

    it('finds English words in any inflection', async () => {
      expect(await sortedNames('database')).toEqual(['PostgreSQL-Datenbank', 'pg-backup']);
      expect(await sortedNames('databases ')).toEqual(['PostgreSQL-Datenbank', 'pg-backup']);
    });

    it('finds a misspelt name', async () => {
      expect(await sortedNames('Nextclod')).toEqual(['Nextcloud (hardened)', 'nextcloud-hardened']);
      expect(await sortedNames('keycloack ')).toEqual(['keycloak-theme']);
    });

    it('finds the word being typed by its beginning', async () => {
      expect(await sortedNames('Nextc')).toEqual(['Nextcloud (hardened)', 'nextcloud-hardened']);
      expect(await sortedNames('Terminverein')).toEqual(['terminvergabe']);
    });

    it('needs every term, accepts alternatives, phrases and exclusions', async () => {
      expect(await sortedNames('nextcloud helm')).toEqual(['Nextcloud (hardened)']);
      expect(await sortedNames('postgresql backups')).toEqual(['PostgreSQL-Datenbank']);
      expect(await sortedNames('keycloak OR terminvergabe')).toEqual(['keycloak-theme', 'terminvergabe']);
      expect(await sortedNames('"hardened nextcloud"')).toEqual(['Nextcloud (hardened)']);
      expect(await sortedNames('nextcloud -helm')).toEqual(['nextcloud-hardened']);
      expect(await sortedNames('nextcloud unbekanntesWort')).toEqual([]);
    });

    it('ranks a name match above a mere mention, and better quality first among equals', async () => {
      expect(names(await search('backup'))).toEqual(['pg-backup', 'PostgreSQL-Datenbank']);
      const nextcloud = await search('nextcloud');
      expect(names(nextcloud)).toEqual(['nextcloud-hardened', 'Nextcloud (hardened)']);
      expect(nextcloud.hits[0].score).toBeGreaterThan(nextcloud.hits[1].score);
    });

    it('never fails on operators, quotes or unusual characters', async () => {
      const hostile = ['!', '&', '|', ':*', "'", '\\', "'; DROP TABLE catalogue_components; --", 'a & | b', '(((', '"unclosed', '-', '--', '<->', '\u0000', '🚀 nextcloud', 'مرحبا', '数据库', 'e\u0301', '%_%', '\\x00', ' OR OR ', '-nextcloud', "nextcloud:* & !'x'", 'ß'.repeat(200)];
      for (const text of hostile) {
        const result = await search(text);
        expect(result.totalCount).toBeGreaterThanOrEqual(0);
      }
      expect(await sortedNames('🚀 nextcloud')).toEqual(['Nextcloud (hardened)', 'nextcloud-hardened']);
      expect((await search('-nextcloud')).totalCount).toBe((await search(null)).totalCount - 2);
    });
  });

  describe('filters', () => {
    it.each<[ComponentSearchFilter, string[]]>([
      [{ kinds: ['CONFIGURATION', 'HELM_CHART'] }, ['Nextcloud (hardened)', 'datenbankserver-config', 'keycloak-theme']],
      [{ licenses: ['MIT', 'Apache-2.0'] }, ['PostgreSQL-Datenbank', 'keycloak-theme', 'pg-backup']],
      [{ categories: ['backup', 'identity-management'] }, ['PostgreSQL-Datenbank', 'keycloak-theme', 'pg-backup']],
      [{ platforms: ['windows', 'android'] }, ['pg-backup', 'terminvergabe']],
      [{ developmentStatuses: ['beta', 'development'] }, ['datenbankserver-config', 'pg-backup']],
      [{ maintenanceTypes: ['contract'] }, ['datenbankserver-config', 'terminvergabe']],
      [{ hardeningLevels: ['HIGH', 'LOW'] }, ['nextcloud-hardened']],
      [{ conductStatuses: ['FAILED', 'NEEDS_REVIEW'] }, ['Nextcloud (hardened)', 'pg-backup']],
      [{ namespace: 'land-it' }, ['PostgreSQL-Datenbank', 'datenbankserver-config', 'keycloak-theme', 'pg-backup']],
      [{ namespace: 'no-such-namespace' }, []],
      [{ namespaceKinds: ['STATE'], kinds: ['LIBRARY'] }, ['pg-backup']],
      [{ includeDenied: true, licenses: ['SSPL-1.0'] }, ['sspl-datenbank']],
    ])('%j', async (filter, expected) => {
      // The fillers' namespace is of kind OTHER: left out unless the case filters by kind itself.
      expect(await sortedNames(null, { namespaceKinds: ['MUNICIPALITY', 'STATE', 'FEDERAL'], ...filter })).toEqual(expected);
    });

    it('hides components whose license is DENIED unless asked, and shows only ALLOWED ones when asked', async () => {
      expect(await sortedNames('Datenbank', { includeDenied: true })).toEqual(['PostgreSQL-Datenbank', 'datenbankserver-config', 'sspl-datenbank']);
      expect(await sortedNames('Datenbank', { allowedLicensesOnly: true })).toEqual(['PostgreSQL-Datenbank']);
    });
  });

  describe('visibility', () => {
    it('shows anonymous callers PUBLIC components, signed-in users INTERNAL ones too and members their namespace’s, admins all', async () => {
      expect(await sortedNames('datenbank OR intranet OR database')).toEqual(['PostgreSQL-Datenbank', 'datenbankserver-config', 'pg-backup']);
      expect(await sortedNames('datenbank OR intranet OR database', {}, signedIn)).toEqual(['PostgreSQL-Datenbank', 'datenbankserver-config', 'intranet-portal', 'pg-backup']);
      expect(await sortedNames('datenbank OR intranet OR database', {}, member)).toEqual(['PostgreSQL-Datenbank', 'datenbankserver-config', 'geheim-datenbank', 'intranet-portal', 'pg-backup']);
      expect(await sortedNames('datenbank OR intranet OR database', {}, everything)).toEqual(['PostgreSQL-Datenbank', 'datenbankserver-config', 'geheim-datenbank', 'intranet-portal', 'land-secret-db', 'pg-backup']);
    });

    it('counts only what the viewer may see', async () => {
      const totals = await Promise.all([anonymous, signedIn, member, everything].map(async (viewer) => (await search(null, {}, viewer)).totalCount));
      expect(totals).toEqual([FILLERS + 7, FILLERS + 8, FILLERS + 9, FILLERS + 10]);
    });
  });

  describe('facets', () => {
    it('count every value over all results with the filters applied, most frequent first, then by value, null last', async () => {
      const result = await search('datenbank OR database OR nextcloud OR keycloak', { first: 2 });
      expect(result.hits).toHaveLength(2);
      expect(result.hasNextPage).toBe(true);
      expect(result.totalCount).toBe(6);
      expect(result.facets).toEqual({
        kind: [{ value: 'CONFIGURATION', count: 2 }, { value: 'APPLICATION', count: 1 }, { value: 'CONTAINER_IMAGE', count: 1 }, { value: 'HELM_CHART', count: 1 }, { value: 'LIBRARY', count: 1 }],
        license: [{ value: 'EUPL-1.2', count: 2 }, { value: 'MIT', count: 2 }, { value: 'Apache-2.0', count: 1 }, { value: null, count: 1 }],
        category: [{ value: 'backup', count: 2 }, { value: 'collaboration', count: 2 }, { value: 'it-management', count: 2 }, { value: 'document-management', count: 1 }, { value: 'identity-management', count: 1 }],
        platform: [{ value: 'linux', count: 4 }, { value: 'web', count: 1 }, { value: 'windows', count: 1 }],
        developmentStatus: [{ value: 'stable', count: 4 }, { value: 'beta', count: 1 }, { value: 'development', count: 1 }],
        maintenanceType: [{ value: 'community', count: 3 }, { value: 'internal', count: 2 }, { value: 'contract', count: 1 }],
        namespaceKind: [{ value: 'STATE', count: 4 }, { value: 'MUNICIPALITY', count: 2 }],
        hardeningLevel: [{ value: null, count: 4 }, { value: 'HIGH', count: 1 }, { value: 'MEDIUM', count: 1 }],
        conductStatus: [{ value: 'PASSED', count: 3 }, { value: 'FAILED', count: 1 }, { value: 'NEEDS_REVIEW', count: 1 }, { value: null, count: 1 }],
      });
    });

    it('add the shared part and the member’s own components up', async () => {
      const result = await search('datenbank', { filter: { kinds: ['APPLICATION'] } }, member);
      expect(result.totalCount).toBe(2);
      expect(result.facets.namespaceKind).toEqual([{ value: 'FEDERAL', count: 1 }, { value: 'STATE', count: 1 }]);
      expect(result.facets.kind).toEqual([{ value: 'APPLICATION', count: 2 }]);
    });
  });

  describe('sorts and paging', () => {
    async function pageThrough(text: string | null, sort: ComponentSort, viewer: SearchViewer, first: number) {
      const seen: { name: string; cursor: string }[] = [];
      let after: string | null = null;
      let totalCount = 0;
      for (let page = 0; page < 100; page++) {
        const result: ComponentSearchResult = await search(text, { sort, first, after }, viewer);
        totalCount = result.totalCount;
        seen.push(...result.hits.map((hit) => ({ name: hit.component.name, cursor: hit.cursor })));
        if (!result.hasNextPage) return { seen, totalCount };
        after = result.hits[result.hits.length - 1].cursor;
      }
      throw new Error('paging did not end');
    }

    it.each(['RELEVANCE', 'UPDATED', 'ADOPTION'] as ComponentSort[])('%s: every result exactly once, in strictly falling order, also beyond the cached ranking', async (sort) => {
      for (const viewer of [anonymous, signedIn, member, everything]) {
        for (const text of [null, 'formulare']) {
          const { seen, totalCount } = await pageThrough(text, sort, viewer, 23);
          expect(new Set(seen.map((hit) => hit.name)).size).toBe(seen.length);
          expect(seen).toHaveLength(totalCount);
          const keys = seen.map((hit) => decodeSearchCursor(hit.cursor, sort));
          for (let i = 1; i < keys.length; i++) {
            const [previous, current] = [keys[i - 1], keys[i]];
            const key = (cursor: typeof previous) => (cursor.sort === 'UPDATED' ? cursor.updatedAt : cursor.sort === 'ADOPTION' ? cursor.adoptions : cursor.score);
            expect(key(previous) > key(current) || (key(previous) === key(current) && previous.id > current.id)).toBe(true);
          }
        }
      }
    });

    it('ranks the same in the one statement of a text search as in the ranking alone (pages beyond the cache)', async () => {
      const run = async <T>(statement: { text: string; values: unknown[] }) =>
        dataSource.transaction(async (manager) => {
          await manager.query(SEARCH_SETTINGS);
          const [row] = await manager.query(statement.text, statement.values);
          return row as T;
        });
      for (const text of ['formulare', 'nextcloud OR formular', 'datenbank OR database', 'Barrierefreie Baustein', 'backup OR nextclod OR formulare', 'collaboration', 'linux OR kalender', 'web']) {
        for (const sort of ['RELEVANCE', 'UPDATED', 'ADOPTION'] as ComponentSort[]) {
          for (const segment of [{ kind: 'audience', audience: 'PUBLIC' }, { kind: 'audience', audience: 'MEMBERS' }] as SearchSegment[]) {
            const plan = planSearch({ text, filter: {}, sort, first: 20, after: null });
            const window = { after: null, limit: 60 };
            const { hits } = await run<{ hits: [string, string][] }>(textSearchStatement(plan, segment, window));
            expect((await run<{ hits: [string, string][] }>(rankingStatement(plan, segment, window))).hits).toEqual(hits);
            // The few MEMBERS components match only some of the texts.
            if (segment.kind === 'audience' && segment.audience === 'MEMBERS' && hits.length === 0) continue;
            expect(hits.length).toBeGreaterThan(0);
            const [key, id] = hits[Math.floor(hits.length / 2)];
            const after = planSearch({ text, filter: {}, sort, first: 20, after: Buffer.from(JSON.stringify([1, sort, sort === 'UPDATED' ? key : Number(key), id])).toString('base64url') }).after;
            expect((await run<{ hits: [string, string][] }>(textSearchStatement(plan, segment, { after, limit: 60 }))).hits).toEqual(
              (await run<{ hits: [string, string][] }>(rankingStatement(plan, segment, { after, limit: 60 }))).hits,
            );
          }
        }
      }
    });

    it('orders by the time a push last changed a component and by adoptions, ties by id', async () => {
      const expected = async (order: string) =>
        (await dataSource.query(`SELECT name FROM catalogue_components WHERE audience = 'PUBLIC' AND license_status IS DISTINCT FROM 'DENIED' ORDER BY ${order} LIMIT 30`)).map((row: { name: string }) => row.name);
      expect(names(await search(null, { sort: 'UPDATED', first: 30 }))).toEqual(await expected('updated_at DESC, id DESC'));
      expect(names(await search(null, { sort: 'ADOPTION', first: 30 }))).toEqual(await expected('adoption_count DESC, id DESC'));
    });
  });

  describe('bad input', () => {
    it.each<[string, Partial<ComponentSearchQuery>, RegExp]>([
      ['first 0', { first: 0 }, /first must be between 1 and 100/],
      ['first 101', { first: 101 }, /first must be between 1 and 100/],
      ['a fractional first', { first: 1.5 }, /first must be between 1 and 100/],
      ['a forged cursor', { after: 'eyJ4IjoxfQ' }, /after is not a cursor of this search/],
      ['a cursor of another sort', { after: Buffer.from(JSON.stringify([1, 'UPDATED', '2026-01-01T10:00:00.000000Z', '6f1c2d3e-4f89-41d3-9a0c-0305e82c3301'])).toString('base64url') }, /after is not a cursor/],
      ['text of 201 characters', { text: 'x'.repeat(201) }, /longer than 200 characters/],
      ['nine words', { text: 'a b c d e f g h i' }, /more than 8 words/],
      ['21 values of a filter', { filter: { categories: Array.from({ length: 21 }, (_, i) => `c${i}`) } }, /filter.categories has more than 20 values/],
      ['an unknown kind', { filter: { kinds: ['SPACESHIP' as ComponentKind] } }, /filter.kinds holds "SPACESHIP"/],
      ['an overlong namespace', { filter: { namespace: 'n'.repeat(65) } }, /filter.namespace/],
    ])('refuses %s with BAD_USER_INPUT', async (_, query, message) => {
      await expect(service.search({ text: null, filter: {}, sort: 'RELEVANCE', first: 20, after: null, ...query }, anonymous)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    });
  });

  describe('cache', () => {
    it('forgets what a component that left a part of the catalogue was counted in, in every process', async () => {
      const before = await search('nextcloud OR terminvergabe');
      expect(before.totalCount).toBe(3);
      await dataSource.query(`UPDATE repositories SET visibility = 'PRIVATE' WHERE name = 'cloud'`);
      const deadline = Date.now() + 10_000;
      let after = await search('nextcloud OR terminvergabe');
      while (after.totalCount !== 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        after = await search('nextcloud OR terminvergabe');
      }
      expect(after.totalCount).toBe(0);
      expect((await search('nextcloud OR terminvergabe', {}, everything)).totalCount).toBe(3);
    });
  });
});
