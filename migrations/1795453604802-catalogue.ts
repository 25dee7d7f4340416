import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue mirrors, on each component row, what search filters on but other contexts own:
 * who may see the repository, the namespace's kind, and the LICENSE and CONDUCT verdicts of the
 * component's commit. Triggers keep the copies in step in the same transaction as the change.
 * The report triggers and the catalogue's own write take the same per-repository advisory lock,
 * so a report committed while components are being replaced is never missed.
 */
const MIRROR_FUNCTIONS = [
  // German and English lexemes side by side: a query stemmed either way finds the component.
  `CREATE FUNCTION catalogue_search_vector(name text, short_text text, middle_text text, long_text text) RETURNS tsvector
     LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
       SELECT setweight(to_tsvector('german', coalesce(name, '')) || to_tsvector('english', coalesce(name, '')), 'A')
           || setweight(to_tsvector('german', coalesce(short_text, '')) || to_tsvector('english', coalesce(short_text, '')), 'B')
           || setweight(to_tsvector('german', coalesce(middle_text, '')) || to_tsvector('english', coalesce(middle_text, '')), 'C')
           || setweight(to_tsvector('german', coalesce(long_text, '')) || to_tsvector('english', coalesce(long_text, '')), 'D') $$`,
  `CREATE FUNCTION catalogue_audience(repository_visibility varchar, namespace_visibility varchar) RETURNS varchar
     LANGUAGE sql IMMUTABLE AS $$
       SELECT CASE
         WHEN namespace_visibility = 'PUBLIC' AND repository_visibility = 'PUBLIC' THEN 'PUBLIC'
         WHEN namespace_visibility = 'PUBLIC' AND repository_visibility = 'INTERNAL' THEN 'INTERNAL'
         ELSE 'MEMBERS' END $$`,
  `CREATE FUNCTION catalogue_lock_repository(repository uuid) RETURNS void
     LANGUAGE sql AS $$ SELECT pg_advisory_xact_lock(hashtextextended('catalogue:' || repository::text, 0)) $$`,
  `CREATE FUNCTION catalogue_mirror_license() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       PERFORM catalogue_lock_repository(NEW.repository_id);
       UPDATE catalogue_components SET license_expression = NEW.expression, license_status = NEW.status
        WHERE repository_id = NEW.repository_id AND commit = NEW.commit;
       RETURN NULL;
     END $$`,
  `CREATE TRIGGER catalogue_mirror_license AFTER INSERT ON license_reports FOR EACH ROW EXECUTE FUNCTION catalogue_mirror_license()`,
  `CREATE FUNCTION catalogue_badge_score(badges jsonb) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
     SELECT coalesce(sum(CASE badge->>'level' WHEN 'GOLD' THEN 3 WHEN 'SILVER' THEN 2 WHEN 'BRONZE' THEN 1 ELSE 0 END), 0)::smallint
       FROM jsonb_array_elements(CASE WHEN jsonb_typeof(badges) = 'array' THEN badges ELSE '[]'::jsonb END) AS badge $$`,
  `CREATE FUNCTION catalogue_mirror_conduct() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       PERFORM catalogue_lock_repository(NEW.repository_id);
       UPDATE catalogue_components SET conduct_status = NEW.status, badge_score = catalogue_badge_score(NEW.badges)
        WHERE repository_id = NEW.repository_id AND commit = NEW.commit;
       RETURN NULL;
     END $$`,
  `CREATE TRIGGER catalogue_mirror_conduct AFTER INSERT ON conduct_reports FOR EACH ROW EXECUTE FUNCTION catalogue_mirror_conduct()`,
  // A deleted repository leaves the catalogue at once; its files wait for the purge.
  `CREATE FUNCTION catalogue_mirror_repository() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF NEW.deleted_at IS NOT NULL THEN
         DELETE FROM catalogue_components WHERE repository_id = NEW.id;
       ELSIF NEW.visibility IS DISTINCT FROM OLD.visibility THEN
         UPDATE catalogue_components c SET audience = catalogue_audience(NEW.visibility, n.visibility)
           FROM namespaces n WHERE n.id = NEW.namespace_id AND c.repository_id = NEW.id;
       END IF;
       RETURN NULL;
     END $$`,
  `CREATE TRIGGER catalogue_mirror_repository AFTER UPDATE OF visibility, deleted_at ON repositories FOR EACH ROW EXECUTE FUNCTION catalogue_mirror_repository()`,
  `CREATE FUNCTION catalogue_mirror_namespace() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       UPDATE catalogue_components c SET audience = catalogue_audience(r.visibility, NEW.visibility), namespace_kind = NEW.kind
         FROM repositories r WHERE r.id = c.repository_id AND c.namespace_id = NEW.id;
       RETURN NULL;
     END $$`,
  `CREATE TRIGGER catalogue_mirror_namespace AFTER UPDATE OF visibility, kind ON namespaces FOR EACH ROW EXECUTE FUNCTION catalogue_mirror_namespace()`,
];

const DROP_MIRROR_FUNCTIONS = [
  'DROP TRIGGER catalogue_mirror_namespace ON namespaces',
  'DROP FUNCTION catalogue_mirror_namespace()',
  'DROP TRIGGER catalogue_mirror_repository ON repositories',
  'DROP FUNCTION catalogue_mirror_repository()',
  'DROP TRIGGER catalogue_mirror_conduct ON conduct_reports',
  'DROP FUNCTION catalogue_mirror_conduct()',
  'DROP FUNCTION catalogue_badge_score(jsonb)',
  'DROP TRIGGER catalogue_mirror_license ON license_reports',
  'DROP FUNCTION catalogue_mirror_license()',
  'DROP FUNCTION catalogue_lock_repository(uuid)',
  'DROP FUNCTION catalogue_audience(varchar, varchar)',
  'DROP FUNCTION catalogue_search_vector(text, text, text, text)',
];

export class Catalogue1795453604802 implements MigrationInterface {
  name = 'Catalogue1795453604802';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE \"catalogue_components\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"repository_id\" uuid NOT NULL, \"namespace_id\" uuid NOT NULL, \"commit\" character(40) NOT NULL, \"component_key\" character varying(1200) NOT NULL, \"kind\" character varying(24) NOT NULL, \"path\" character varying(1000) NOT NULL, \"name\" character varying(200) NOT NULL, \"version\" character varying(100), \"ecosystem\" character varying(16), \"description\" character varying(1000) NOT NULL DEFAULT '', \"descriptions\" jsonb NOT NULL DEFAULT '{}', \"categories\" text array NOT NULL DEFAULT '{}', \"platforms\" text array NOT NULL DEFAULT '{}', \"software_type\" character varying(64), \"development_status\" character varying(32), \"maintenance_type\" character varying(32), \"declared_license\" character varying(1000), \"hardening\" jsonb, \"hardening_level\" character varying(8), \"details\" jsonb NOT NULL DEFAULT '{}', \"depends_on\" text array NOT NULL DEFAULT '{}', \"logo\" character varying(2000), \"audience\" character varying(16) NOT NULL, \"namespace_kind\" character varying(16) NOT NULL, \"license_expression\" character varying(2000), \"license_status\" character varying(16), \"conduct_status\" character varying(16), \"badge_score\" smallint NOT NULL DEFAULT '0', \"adoption_count\" integer NOT NULL DEFAULT '0', \"verified_adoption_count\" integer NOT NULL DEFAULT '0', \"search_vector\" tsvector NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"catalogue_components_repository_key\" UNIQUE (\"repository_id\", \"component_key\"), CONSTRAINT \"PK_81bf6a3430d00abbadc3db13ff2\" PRIMARY KEY (\"id\"))");
    await runner.query("CREATE TABLE \"catalogue_adoptions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"component_id\" uuid NOT NULL, \"adopter_key\" character varying(300) NOT NULL, \"namespace_id\" uuid, \"adopter_name\" character varying(200) NOT NULL, \"version\" character varying(100), \"source\" character varying(16) NOT NULL, \"verified\" boolean NOT NULL, \"recorded_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"catalogue_adoptions_adopter_key\" UNIQUE (\"component_id\", \"adopter_key\"), CONSTRAINT \"PK_f26a1f2fbbeb1f4568cd649b303\" PRIMARY KEY (\"id\"))");
    await runner.query("CREATE INDEX \"catalogue_adoptions_namespace_idx\" ON \"catalogue_adoptions\"  (\"namespace_id\") ");
    await runner.query("ALTER TABLE \"catalogue_components\" ADD CONSTRAINT \"FK_2629f6dfc85304a13629c5d276f\" FOREIGN KEY (\"repository_id\") REFERENCES \"repositories\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE \"catalogue_adoptions\" ADD CONSTRAINT \"FK_b3824c01bf88a1109547d57ed9f\" FOREIGN KEY (\"component_id\") REFERENCES \"catalogue_components\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE \"catalogue_adoptions\" ADD CONSTRAINT \"FK_d6d8ad43201de0bbd96dcd88ea3\" FOREIGN KEY (\"namespace_id\") REFERENCES \"namespaces\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");

    await runner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await runner.query('CREATE INDEX "catalogue_components_search_idx" ON "catalogue_components" USING gin ("search_vector")');
    await runner.query('CREATE INDEX "catalogue_components_name_trgm_idx" ON "catalogue_components" USING gin (lower("name") gin_trgm_ops)');
    for (const statement of MIRROR_FUNCTIONS) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of DROP_MIRROR_FUNCTIONS) await runner.query(statement);
    await runner.query('DROP INDEX "public"."catalogue_components_name_trgm_idx"');
    await runner.query('DROP INDEX "public"."catalogue_components_search_idx"');
    await runner.query("ALTER TABLE \"catalogue_adoptions\" DROP CONSTRAINT \"FK_d6d8ad43201de0bbd96dcd88ea3\"");
    await runner.query("ALTER TABLE \"catalogue_adoptions\" DROP CONSTRAINT \"FK_b3824c01bf88a1109547d57ed9f\"");
    await runner.query("ALTER TABLE \"catalogue_components\" DROP CONSTRAINT \"FK_2629f6dfc85304a13629c5d276f\"");
    await runner.query("DROP INDEX \"public\".\"catalogue_adoptions_namespace_idx\"");
    await runner.query("DROP TABLE \"catalogue_adoptions\"");
    await runner.query("DROP TABLE \"catalogue_components\"");
  }
}
