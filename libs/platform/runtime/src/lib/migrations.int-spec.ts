import { createDataSource, MIGRATIONS_TABLE, pendingSchemaChanges, runMigrationsLocked } from '@allmende/database';
import { createTestDatabase, TestDatabase } from '@allmende/testing';
import { DataSource } from 'typeorm';
import { platformDataSourceSettings } from './platform.entities';

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createDataSource(platformDataSourceSettings(database.url)).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('create exactly the schema the entities describe', async () => {
    await runMigrationsLocked(dataSource);
    // Fails when an entity changes without a migration: run `npm run migration:generate -- NAME`.
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('are applied exactly once when several replicas start together', async () => {
    const fresh = await createTestDatabase();
    const replicas = await Promise.all(
      [1, 2, 3].map(() => createDataSource(platformDataSourceSettings(fresh.url, { poolSize: 2 })).initialize()),
    );
    try {
      const applied = await Promise.all(replicas.map((replica) => runMigrationsLocked(replica)));
      expect(applied.flat()).toEqual(dataSource.migrations.map((migration) => migration.name));
    } finally {
      await Promise.all(replicas.map((replica) => replica.destroy()));
      await fresh.drop();
    }
  });

  it('roll back completely and apply again', async () => {
    for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> $1`,
      [MIGRATIONS_TABLE],
    );
    expect(tables).toEqual([]);
    await runMigrationsLocked(dataSource);
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });
});
