import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ExtractedComponent } from '@allmende/catalogue-extraction';
import { ComponentEntity, ComponentStore, importUsedBy } from '@allmende/catalogue';
import { createDataSource, runMigrationsLocked } from '@allmende/database';
import { createTestDatabase, TestDatabase } from '@allmende/testing';
import { platformDataSourceSettings } from './platform.entities';

const HEAD = 'a'.repeat(40);
const OLDER = 'b'.repeat(40);

function component(overrides: Partial<ExtractedComponent> = {}): ExtractedComponent {
  return {
    key: 'CONTAINER_IMAGE:Dockerfile',
    kind: 'CONTAINER_IMAGE',
    path: 'Dockerfile',
    name: 'postgresql-gehaertet',
    version: '17.2',
    ecosystem: null,
    descriptions: { de: { shortDescription: 'Gehärtetes PostgreSQL-Image', longDescription: null, features: ['TLS erzwungen'] } },
    categories: [],
    platforms: ['linux/amd64'],
    softwareType: null,
    developmentStatus: null,
    maintenanceType: null,
    declaredLicense: 'EUPL-1.2',
    dependsOn: ['postgres:17.2'],
    usedBy: [],
    logo: null,
    hardening: { score: 90, level: 'HIGH', checks: [{ name: 'non-root-user', passed: true, detail: 'USER 999 (line 12)' }] },
    details: {},
    ...overrides,
  };
}

/**
 * The catalogue's rows on a real, migrated PostgreSQL: what the CATALOGUE check writes, and what
 * the mirroring triggers of the migration keep in step when other contexts change their rows.
 */
describe('catalogue index', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const store = new ComponentStore();
  let namespaceId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createDataSource(platformDataSourceSettings(database.url)).initialize();
    await runMigrationsLocked(dataSource);
    [{ id: namespaceId }] = await dataSource.query(`INSERT INTO namespaces (slug, display_name, kind) VALUES ('land', 'Land', 'STATE') RETURNING id`);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  async function repository(visibility = 'PUBLIC', headCommit: string | null = HEAD): Promise<string> {
    const name = `repo-${randomUUID().slice(0, 8)}`;
    const [{ id }] = await dataSource.query(`INSERT INTO repositories (namespace_id, name, name_key, visibility, head_commit) VALUES ($1, $2, $2, $3, $4) RETURNING id`, [namespaceId, name, visibility, headCommit]);
    return id;
  }

  const index = (repositoryId: string, commit: string, components: ExtractedComponent[], now = new Date()) =>
    dataSource.transaction((manager) => store.replaceForHead(manager, repositoryId, commit, components, now));
  const rows = (repositoryId: string) => dataSource.getRepository(ComponentEntity).find({ where: { repositoryId }, order: { componentKey: 'ASC' } });

  async function report(table: 'license_reports' | 'conduct_reports', repositoryId: string, commit: string, values: Record<string, unknown>): Promise<void> {
    const [run] = await dataSource.query(`INSERT INTO check_runs (repository_id, commit, kind, status) VALUES ($1, $2, $3, 'PASSED') RETURNING id`, [repositoryId, commit, table === 'license_reports' ? 'LICENSE' : 'CONDUCT']);
    const base = { check_run_id: run.id, repository_id: repositoryId, commit, checked_at: new Date(), ...values };
    const columns = Object.keys(base);
    await dataSource.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, Object.values(base));
  }

  it('indexes the head commit with what search needs mirrored onto the row', async () => {
    const id = await repository();
    expect(await index(id, HEAD, [component()])).toEqual({ indexed: true, components: 1 });
    const [row] = await rows(id);
    expect(row).toMatchObject({ name: 'postgresql-gehaertet', audience: 'PUBLIC', namespaceKind: 'STATE', commit: HEAD, description: 'Gehärtetes PostgreSQL-Image', hardeningLevel: 'HIGH', licenseStatus: null, adoptionCount: 0 });
    const [{ matches }] = await dataSource.query(`SELECT search_vector @@ to_tsquery('german', 'gehärtet') AS matches FROM catalogue_components WHERE id = $1`, [row.id]);
    expect(matches).toBe(true);
  });

  it('leaves the catalogue alone for a commit that is not the head, and for a deleted repository', async () => {
    const id = await repository();
    await index(id, HEAD, [component()]);
    expect(await index(id, OLDER, [component({ name: 'older' })])).toEqual({ indexed: false, reason: 'not-head' });
    expect((await rows(id)).map((row) => row.name)).toEqual(['postgresql-gehaertet']);
    await dataSource.query('UPDATE repositories SET deleted_at = now() WHERE id = $1', [id]);
    expect(await rows(id)).toEqual([]);
    expect(await index(id, HEAD, [component()])).toEqual({ indexed: false, reason: 'gone' });
  });

  it('updates components in place on the next push, removes vanished ones, and moves updatedAt only on change', async () => {
    const id = await repository();
    await index(id, HEAD, [component(), component({ key: 'LIBRARY:package.json', kind: 'LIBRARY', path: 'package.json', name: 'lib' })], new Date('2026-01-01T00:00:00Z'));
    const before = await rows(id);
    await index(id, HEAD, [component()], new Date('2026-02-01T00:00:00Z'));
    const same = await rows(id);
    expect(same.map((row) => [row.id, row.updatedAt.toISOString()])).toEqual([[before.find((row) => row.kind === 'CONTAINER_IMAGE')?.id, '2026-01-01T00:00:00.000Z']]);
    await index(id, HEAD, [component({ version: '17.3' })], new Date('2026-03-01T00:00:00Z'));
    const [changed] = await rows(id);
    expect([changed.id, changed.version, changed.updatedAt.toISOString()]).toEqual([same[0].id, '17.3', '2026-03-01T00:00:00.000Z']);
  });

  it('mirrors the license and conduct verdicts whether they arrive before or after the components', async () => {
    const early = await repository();
    await report('license_reports', early, HEAD, { expression: 'EUPL-1.2', status: 'ALLOWED', reuse: '{}' });
    await index(early, HEAD, [component()]);
    expect((await rows(early))[0]).toMatchObject({ licenseExpression: 'EUPL-1.2', licenseStatus: 'ALLOWED' });

    const late = await repository();
    await index(late, HEAD, [component()]);
    await report('license_reports', late, HEAD, { expression: 'SSPL-1.0', status: 'DENIED', reuse: '{}' });
    const badges = JSON.stringify([{ name: 'secure', level: 'SILVER' }, { name: 'reusable', level: 'GOLD' }, { name: 'maintained', level: null }]);
    await report('conduct_reports', late, HEAD, { status: 'PASSED', facts: '{}', badges });
    await report('license_reports', late, OLDER, { expression: 'MIT', status: 'ALLOWED', reuse: '{}' });
    expect((await rows(late))[0]).toMatchObject({ licenseExpression: 'SSPL-1.0', licenseStatus: 'DENIED', conductStatus: 'PASSED', badgeScore: 5 });
  });

  it('follows visibility changes of the repository and of its namespace', async () => {
    const id = await repository('INTERNAL');
    await index(id, HEAD, [component()]);
    expect((await rows(id))[0].audience).toBe('INTERNAL');
    await dataSource.query(`UPDATE repositories SET visibility = 'PRIVATE' WHERE id = $1`, [id]);
    expect((await rows(id))[0].audience).toBe('MEMBERS');
    await dataSource.query(`UPDATE repositories SET visibility = 'PUBLIC' WHERE id = $1`, [id]);
    expect((await rows(id))[0].audience).toBe('PUBLIC');
    await dataSource.query(`UPDATE namespaces SET visibility = 'PRIVATE', kind = 'FEDERAL' WHERE id = $1`, [namespaceId]);
    expect((await rows(id))[0]).toMatchObject({ audience: 'MEMBERS', namespaceKind: 'FEDERAL' });
    await dataSource.query(`UPDATE namespaces SET visibility = 'PUBLIC', kind = 'STATE' WHERE id = $1`, [namespaceId]);
    expect((await rows(id))[0]).toMatchObject({ audience: 'PUBLIC', namespaceKind: 'STATE' });
  });

  it('imports publiccode.yml usedBy as unverified adoptions and keeps them in step with the file', async () => {
    const id = await repository();
    await index(id, HEAD, [component()]);
    const usedBy = (names: string[]) => dataSource.transaction((manager) => importUsedBy(manager, id, new Map([['CONTAINER_IMAGE:Dockerfile', names]])));
    await usedBy(['Stadt Beispielhausen', 'stadt beispielhausen', ' Gemeinde Musterdorf ']);
    const adopters = () => dataSource.query(`SELECT adopter_name AS name, verified FROM catalogue_adoptions ORDER BY adopter_name`);
    expect(await adopters()).toEqual([{ name: 'Gemeinde Musterdorf', verified: false }, { name: 'Stadt Beispielhausen', verified: false }]);
    expect((await rows(id))[0]).toMatchObject({ adoptionCount: 2, verifiedAdoptionCount: 0 });
    await usedBy(['Gemeinde Musterdorf']);
    expect(await adopters()).toEqual([{ name: 'Gemeinde Musterdorf', verified: false }]);
    expect((await rows(id))[0].adoptionCount).toBe(1);
  });
});
