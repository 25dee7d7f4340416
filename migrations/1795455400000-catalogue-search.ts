import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The quality signals search multiplies text relevance with, and orders by when there is no
 * text. A multiplier, not a summand: it reorders results of similar relevance (a maintained,
 * adopted, license-clean component before an abandoned one) but cannot lift a weak match over a
 * strong one by more than about a factor of two. Each signal is capped or logarithmic so that no
 * single one dominates: the hundredth adoption counts far less than the first, and an adoption a
 * namespace confirmed counts more than one a publiccode.yml merely claims.
 *   license ALLOWED +0.2 (anyone may reuse it), conduct PASSED +0.1, badges +0.03 per level (at most 9),
 *   ln(1 + verified adoptions) * 0.1, ln(1 + other adoptions) * 0.03, hardening HIGH +0.1, MEDIUM +0.05.
 * A function, so that browsing by quality can read an index in order.
 */
const QUALITY = `CREATE FUNCTION catalogue_quality(license_status varchar, conduct_status varchar, badge_score smallint, adoption_count integer,
    verified_adoption_count integer, hardening_level varchar) RETURNS float8
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 1.0::float8
      + CASE license_status WHEN 'ALLOWED' THEN 0.2 ELSE 0 END
      + CASE conduct_status WHEN 'PASSED' THEN 0.1 ELSE 0 END
      + 0.03 * least(badge_score, 9)
      + 0.1 * ln(1 + verified_adoption_count::float8)
      + 0.03 * ln(1 + greatest(adoption_count - verified_adoption_count, 0)::float8)
      + CASE hardening_level WHEN 'HIGH' THEN 0.1 WHEN 'MEDIUM' THEN 0.05 ELSE 0 END $$`;

/** The columns a search reads for every match: kept in the row (compressed at most). */
const HOT_COLUMNS = ['name', 'kind', 'audience', 'namespace_kind', 'license_expression', 'license_status', 'conduct_status', 'development_status',
  'maintenance_type', 'hardening_level', 'categories', 'platforms'];

/**
 * What catalogue search needs beyond the catalogue's own indexes: the rank vector, the namespace's components (a
 * member's own part of the catalogue, the namespace filter), each sort's order and the facets
 * for browsing without text, the category filter, and a notification whenever a component leaves a part of the catalogue, which
 * empties every process's search cache.
 */
export class CatalogueSearch1795455400000 implements MigrationInterface {
  name = 'CatalogueSearch1795455400000';

  async up(runner: QueryRunner): Promise<void> {
    // What relevance is computed from: the name and short descriptions (weights A and B) of the
    // search vector, kept in the row (not in TOAST) so scoring a match reads nothing else, and
    // derived by trigger so that no writer can forget it.
    await runner.query('ALTER TABLE "catalogue_components" ADD "rank_vector" tsvector');
    await runner.query('ALTER TABLE "catalogue_components" ALTER COLUMN "rank_vector" SET STORAGE MAIN');
    await runner.query(`CREATE FUNCTION catalogue_rank_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.rank_vector := ts_filter(NEW.search_vector, '{a,b}');
        RETURN NEW;
      END $$`);
    await runner.query(`CREATE TRIGGER catalogue_rank_vector BEFORE INSERT OR UPDATE OF search_vector ON catalogue_components
      FOR EACH ROW EXECUTE FUNCTION catalogue_rank_vector()`);
    await runner.query(`UPDATE catalogue_components SET rank_vector = ts_filter(search_vector, '{a,b}')`);
    await runner.query('ALTER TABLE "catalogue_components" ALTER COLUMN "rank_vector" SET NOT NULL');
    await runner.query('CREATE INDEX "catalogue_components_rank_idx" ON "catalogue_components" USING gin ("rank_vector")');
    // A search visits the row of every match, so the fewer pages the rows take, the faster it is.
    // Once a row is too long for its page (a long description makes the search vector long), all
    // that search does not read goes to TOAST, not just enough to fit: the descriptions, the
    // search vector (read only by rechecks) and details. What it reads stays in the row.
    await runner.query('ALTER TABLE "catalogue_components" SET (toast_tuple_target = 256)');
    for (const column of HOT_COLUMNS) await runner.query(`ALTER TABLE "catalogue_components" ALTER COLUMN "${column}" SET STORAGE MAIN`);
    await runner.query('CREATE INDEX "catalogue_components_namespace_idx" ON "catalogue_components" ("namespace_id") ');
    await runner.query('CREATE INDEX "catalogue_components_updated_idx" ON "catalogue_components" ("updated_at", "id") ');
    await runner.query('CREATE INDEX "catalogue_components_adoption_idx" ON "catalogue_components" ("adoption_count", "id") ');
    // Counting a whole audience (browsing without text) reads this instead of the table: the
    // facet columns only, a ninth of the table's size, without a visit to the rows.
    await runner.query(`CREATE INDEX "catalogue_components_facets_idx" ON "catalogue_components" ("audience", "license_status")
      INCLUDE ("kind", "license_expression", "development_status", "maintenance_type", "namespace_kind", "hardening_level", "conduct_status", "categories", "platforms")`);
    await runner.query('CREATE INDEX "catalogue_components_categories_idx" ON "catalogue_components" USING gin ("categories")');
    await runner.query(QUALITY);
    await runner.query(`CREATE INDEX "catalogue_components_quality_idx" ON "catalogue_components"
      (catalogue_quality(license_status, conduct_status, badge_score, adoption_count, verified_adoption_count, hardening_level), id)`);
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
    await runner.query('DROP INDEX "public"."catalogue_components_quality_idx"');
    await runner.query('DROP FUNCTION catalogue_quality(varchar, varchar, smallint, integer, integer, varchar)');
    await runner.query('DROP INDEX "public"."catalogue_components_categories_idx"');
    await runner.query('DROP INDEX "public"."catalogue_components_facets_idx"');
    await runner.query('DROP INDEX "public"."catalogue_components_adoption_idx"');
    await runner.query('DROP INDEX "public"."catalogue_components_updated_idx"');
    await runner.query('DROP INDEX "public"."catalogue_components_namespace_idx"');
    for (const column of HOT_COLUMNS) await runner.query(`ALTER TABLE "catalogue_components" ALTER COLUMN "${column}" SET STORAGE EXTENDED`);
    await runner.query('ALTER TABLE "catalogue_components" RESET (toast_tuple_target)');
    await runner.query('DROP INDEX "public"."catalogue_components_rank_idx"');
    await runner.query('DROP TRIGGER catalogue_rank_vector ON catalogue_components');
    await runner.query('DROP FUNCTION catalogue_rank_vector()');
    await runner.query('ALTER TABLE "catalogue_components" DROP COLUMN "rank_vector"');
  }
}
