import { createTestDatabase, TestDatabase } from '@allmende/testing';
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { createDataSource } from './data-source.factory';
import { InvalidPageError, keysetPage } from './keyset-page';

@Entity('keyset_items')
class KeysetItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  label: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * PostgreSQL keeps microseconds and every row of one statement shares now(); a JavaScript
 * Date keeps milliseconds. These rows put page boundaries exactly where the two disagree.
 */
describe('keysetPage', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createDataSource({ url: database.url, entities: [KeysetItem], migrations: [] }).initialize();
    await dataSource.query(
      `CREATE TABLE keyset_items (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), label text NOT NULL,
       created_at timestamptz NOT NULL DEFAULT now())`,
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  beforeEach(async () => {
    await dataSource.query('TRUNCATE keyset_items');
    // One statement, one now(): five rows with the same timestamp, ordered by id alone.
    await dataSource.query(`INSERT INTO keyset_items (label) SELECT 'now-' || n FROM generate_series(1, 5) AS n`);
    // A fixed tie group whose microseconds are never .000, so the bug shows on every run.
    await dataSource.query(
      `INSERT INTO keyset_items (label, created_at)
       SELECT 'tie-' || n, '2026-03-01T09:00:00.123456Z' FROM generate_series(1, 4) AS n`,
    );
    // Same millisecond, different microseconds: only the sub-millisecond part orders them.
    await dataSource.query(
      `INSERT INTO keyset_items (label, created_at) VALUES
         ('us-1', '2026-03-01T08:00:00.777001Z'), ('us-2', '2026-03-01T08:00:00.777500Z'),
         ('us-3', '2026-03-01T08:00:00.777999Z'), ('us-4', '2026-03-01T08:00:00.777000Z')`,
    );
  });

  const expectedOrder = async (): Promise<string[]> =>
    (await dataSource.query(`SELECT label FROM keyset_items ORDER BY created_at DESC, id DESC`)).map(
      (row: { label: string }) => row.label,
    );

  const query = () => dataSource.getRepository(KeysetItem).createQueryBuilder('item');

  /** Follows endCursor to the end; `between` runs after each page, before the next is read. */
  async function pageThrough(first: number, between?: (page: KeysetItem[]) => Promise<void>): Promise<string[]> {
    const seen: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 100; guard++) {
      const page = await keysetPage(query(), 'item', { first, after });
      const nodes = page.items.map((item) => item.node);
      seen.push(...nodes.map((node) => node.label));
      if (!page.hasNextPage) return seen;
      expect(page.endCursor).not.toBeNull();
      after = page.endCursor as string;
      await between?.(nodes);
    }
    throw new Error('paging did not end');
  }

  it.each([1, 2, 3])('returns every row exactly once, in order, with first: %i', async (first) => {
    const expected = await expectedOrder();
    expect(expected).toHaveLength(13);
    expect(await pageThrough(first)).toEqual(expected);
  });

  it.each([1, 2])('continues after the cursor row was deleted, with first: %i', async (first) => {
    const expected = await expectedOrder();
    const deleted = new Set<string>();
    const seen = await pageThrough(first, async (page) => {
      const cursorRow = page[page.length - 1];
      await dataSource.getRepository(KeysetItem).delete({ id: cursorRow.id });
      deleted.add(cursorRow.label);
    });
    expect(deleted.size).toBeGreaterThan(1);
    expect(seen).toEqual(expected);
  });

  it('ends with an empty page, not an error, when the cursor row was the last and is gone', async () => {
    const all = await keysetPage(query(), 'item', { first: 100 });
    const last = all.items[all.items.length - 1];
    await dataSource.getRepository(KeysetItem).delete({ id: last.node.id });
    const page = await keysetPage(query(), 'item', { first: 5, after: last.cursor });
    expect(page.items).toEqual([]);
    expect(page.hasNextPage).toBe(false);
  });

  it.each([
    ['an impossible date', '2026-02-30T00:00:00.000000Z'],
    ['year zero', '0000-01-01T00:00:00.000000Z'],
    ['a bare number', '1'],
    ['hour 24', '2026-01-01T24:00:00.000000Z'],
    ['a local time', '2026-01-01T10:00:00.000000'],
  ])('refuses a forged cursor with %s as an invalid page, before it reaches SQL', async (_, createdAt) => {
    const forged = Buffer.from(JSON.stringify([createdAt, '6f1b0c2e-9d7a-4c1e-8a57-2f2c4b1d9e10'])).toString('base64url');
    await expect(keysetPage(query(), 'item', { first: 2, after: forged })).rejects.toBeInstanceOf(InvalidPageError);
  });
});
