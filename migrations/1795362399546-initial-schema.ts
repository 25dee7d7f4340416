import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795362399546 implements MigrationInterface {
  name = 'InitialSchema1795362399546';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE \"namespaces\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"slug\" character varying(64) NOT NULL, \"display_name\" character varying(200) NOT NULL, \"kind\" character varying(16) NOT NULL, \"visibility\" character varying(16) NOT NULL DEFAULT 'PUBLIC', \"description\" character varying(2000) NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"namespaces_slug_key\" UNIQUE (\"slug\"), CONSTRAINT \"PK_35c142e0f0de70165cc1a74b2cb\" PRIMARY KEY (\"id\"))");
    await runner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"username\" character varying(40) NOT NULL, \"display_name\" character varying(200) NOT NULL, \"email\" character varying(254), \"platform_roles\" text array NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"users_username_key\" UNIQUE (\"username\"), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await runner.query("CREATE TABLE \"memberships\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"namespace_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"role\" character varying(16) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"memberships_namespace_user_key\" UNIQUE (\"namespace_id\", \"user_id\"), CONSTRAINT \"PK_25d28bd932097a9e90495ede7b4\" PRIMARY KEY (\"id\"))");
    await runner.query("CREATE INDEX \"memberships_user_idx\" ON \"memberships\"  (\"user_id\") ");
    await runner.query("CREATE TABLE \"access_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"token_hash\" character(64) NOT NULL, \"display_prefix\" character varying(16) NOT NULL, \"scopes\" text array NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"last_used_at\" TIMESTAMP WITH TIME ZONE, \"bootstrap\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"access_tokens_hash_key\" UNIQUE (\"token_hash\"), CONSTRAINT \"PK_65140f59763ff994a0252488166\" PRIMARY KEY (\"id\"))");
    await runner.query("CREATE INDEX \"access_tokens_user_idx\" ON \"access_tokens\"  (\"user_id\") ");
    await runner.query("CREATE TABLE \"repositories\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"namespace_id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"name_key\" character varying(100) NOT NULL, \"description\" character varying(2000) NOT NULL DEFAULT '', \"visibility\" character varying(16) NOT NULL, \"default_branch\" character varying(255) NOT NULL DEFAULT 'main', \"head_commit\" character(40), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"deleted_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_ef0c358c04b4f4d29b8ca68ddff\" PRIMARY KEY (\"id\"))");
    await runner.query("CREATE INDEX \"repositories_created_idx\" ON \"repositories\"  (\"created_at\", \"id\") ");
    await runner.query("CREATE UNIQUE INDEX \"repositories_namespace_name_key\" ON \"repositories\"  (\"namespace_id\", \"name_key\") WHERE deleted_at IS NULL");
    await runner.query("ALTER TABLE \"memberships\" ADD CONSTRAINT \"FK_8f73773084c5ebfdffeb181f42b\" FOREIGN KEY (\"namespace_id\") REFERENCES \"namespaces\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE \"memberships\" ADD CONSTRAINT \"FK_7c1e2fdfed4f6838e0c05ae5051\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE \"access_tokens\" ADD CONSTRAINT \"FK_09ee750a035b06e0c7f0704687e\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE \"repositories\" ADD CONSTRAINT \"FK_53ca999785990936221e331028b\" FOREIGN KEY (\"namespace_id\") REFERENCES \"namespaces\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("ALTER TABLE \"repositories\" DROP CONSTRAINT \"FK_53ca999785990936221e331028b\"");
    await runner.query("ALTER TABLE \"access_tokens\" DROP CONSTRAINT \"FK_09ee750a035b06e0c7f0704687e\"");
    await runner.query("ALTER TABLE \"memberships\" DROP CONSTRAINT \"FK_7c1e2fdfed4f6838e0c05ae5051\"");
    await runner.query("ALTER TABLE \"memberships\" DROP CONSTRAINT \"FK_8f73773084c5ebfdffeb181f42b\"");
    await runner.query("DROP INDEX \"public\".\"repositories_namespace_name_key\"");
    await runner.query("DROP INDEX \"public\".\"repositories_created_idx\"");
    await runner.query("DROP TABLE \"repositories\"");
    await runner.query("DROP INDEX \"public\".\"access_tokens_user_idx\"");
    await runner.query("DROP TABLE \"access_tokens\"");
    await runner.query("DROP INDEX \"public\".\"memberships_user_idx\"");
    await runner.query("DROP TABLE \"memberships\"");
    await runner.query("DROP TABLE \"users\"");
    await runner.query("DROP TABLE \"namespaces\"");
  }
}
