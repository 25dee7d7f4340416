import { MigrationInterface, QueryRunner } from 'typeorm';

export class GitHosting1795365110596 implements MigrationInterface {
  name = 'GitHosting1795365110596';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE \"pushes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"repository_id\" uuid NOT NULL, \"actor_id\" uuid, \"actor_name\" character varying(40) NOT NULL, \"ref\" character varying(255) NOT NULL, \"old_sha\" character(40) NOT NULL, \"new_sha\" character(40) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_307c924bc6dce13a751dfeae011\" PRIMARY KEY (\"id\"))");
    await runner.query("CREATE INDEX \"pushes_repository_created_idx\" ON \"pushes\"  (\"repository_id\", \"created_at\") ");
    await runner.query("CREATE TABLE \"check_runs\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"repository_id\" uuid NOT NULL, \"commit\" character(40) NOT NULL, \"kind\" character varying(16) NOT NULL, \"status\" character varying(16) NOT NULL DEFAULT 'QUEUED', \"summary\" character varying(2000), \"findings\" jsonb NOT NULL DEFAULT '[]', \"started_at\" TIMESTAMP WITH TIME ZONE, \"finished_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"check_runs_repository_commit_kind_key\" UNIQUE (\"repository_id\", \"commit\", \"kind\"), CONSTRAINT \"PK_1fe9c7649e3b0dbff66e03e1bd8\" PRIMARY KEY (\"id\"))");
    await runner.query("CREATE INDEX \"check_runs_repository_created_idx\" ON \"check_runs\"  (\"repository_id\", \"created_at\") ");
    await runner.query("ALTER TABLE \"repositories\" ADD \"allow_force_push\" boolean NOT NULL DEFAULT false");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("ALTER TABLE \"repositories\" DROP COLUMN \"allow_force_push\"");
    await runner.query("DROP INDEX \"public\".\"check_runs_repository_created_idx\"");
    await runner.query("DROP TABLE \"check_runs\"");
    await runner.query("DROP INDEX \"public\".\"pushes_repository_created_idx\"");
    await runner.query("DROP TABLE \"pushes\"");
  }
}
