import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What catalogue search needs beyond the catalogue's own indexes: the namespace's components (a
 * member's own part of the catalogue, the namespace filter), and a notification whenever a
 * component leaves a part of the catalogue, which empties every process's search cache.
 */
export class CatalogueSearch1795455400000 implements MigrationInterface {
  name = 'CatalogueSearch1795455400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX "catalogue_components_namespace_idx" ON "catalogue_components" ("namespace_id") ');
    await runner.query(`CREATE FUNCTION catalogue_visibility_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('catalogue_visibility', '');
        RETURN NULL;
      END $$`);
    await runner.query(`CREATE TRIGGER catalogue_audience_changed AFTER UPDATE OF audience ON catalogue_components
      FOR EACH ROW WHEN (OLD.audience IS DISTINCT FROM NEW.audience) EXECUTE FUNCTION catalogue_visibility_changed()`);
    // Per row: a re-index deleting nothing must not empty the caches; PostgreSQL sends one
    // notification per transaction however many rows send the same one.
    await runner.query(`CREATE TRIGGER catalogue_component_deleted AFTER DELETE ON catalogue_components
      FOR EACH ROW EXECUTE FUNCTION catalogue_visibility_changed()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER catalogue_component_deleted ON catalogue_components');
    await runner.query('DROP TRIGGER catalogue_audience_changed ON catalogue_components');
    await runner.query('DROP FUNCTION catalogue_visibility_changed()');
    await runner.query('DROP INDEX "public"."catalogue_components_namespace_idx"');
  }
}
