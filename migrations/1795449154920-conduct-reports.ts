import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConductReports1795449154920 implements MigrationInterface {
  name = 'ConductReports1795449154920';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE \"conduct_reports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"check_run_id\" uuid NOT NULL, \"repository_id\" uuid NOT NULL, \"commit\" character(40) NOT NULL, \"status\" character varying(16) NOT NULL, \"facts\" jsonb NOT NULL, \"badges\" jsonb NOT NULL DEFAULT '[]', \"truncated\" boolean NOT NULL DEFAULT false, \"checked_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"conduct_reports_check_run_key\" UNIQUE (\"check_run_id\"), CONSTRAINT \"PK_8c6f228b96f3fe5f2a85ef2e68f\" PRIMARY KEY (\"id\"))");
    await runner.query("CREATE INDEX \"conduct_reports_repository_commit_idx\" ON \"conduct_reports\"  (\"repository_id\", \"commit\", \"checked_at\") ");
    await runner.query("ALTER TABLE \"conduct_reports\" ADD CONSTRAINT \"FK_950081fe92bbe2d5acebbe8fff2\" FOREIGN KEY (\"check_run_id\") REFERENCES \"check_runs\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("ALTER TABLE \"conduct_reports\" DROP CONSTRAINT \"FK_950081fe92bbe2d5acebbe8fff2\"");
    await runner.query("DROP INDEX \"public\".\"conduct_reports_repository_commit_idx\"");
    await runner.query("DROP TABLE \"conduct_reports\"");
  }
}
