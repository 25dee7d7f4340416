import { MigrationInterface, QueryRunner } from 'typeorm';

export class PullMirrors1795366422598 implements MigrationInterface {
  name = 'PullMirrors1795366422598';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("ALTER TABLE \"repositories\" ADD \"mirror_url\" character varying(2000)");
    await runner.query("ALTER TABLE \"repositories\" ADD \"mirror_fetched_at\" TIMESTAMP WITH TIME ZONE");
    await runner.query("ALTER TABLE \"repositories\" ADD \"mirror_error\" character varying(2000)");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("ALTER TABLE \"repositories\" DROP COLUMN \"mirror_error\"");
    await runner.query("ALTER TABLE \"repositories\" DROP COLUMN \"mirror_fetched_at\"");
    await runner.query("ALTER TABLE \"repositories\" DROP COLUMN \"mirror_url\"");
  }
}
