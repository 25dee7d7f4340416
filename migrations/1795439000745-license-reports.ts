import { MigrationInterface, QueryRunner } from 'typeorm';

export class LicenseReports1795439000745 implements MigrationInterface {
  name = 'LicenseReports1795439000745';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query("CREATE TABLE \"license_reports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"check_run_id\" uuid NOT NULL, \"repository_id\" uuid NOT NULL, \"commit\" character(40) NOT NULL, \"expression\" character varying(2000), \"status\" character varying(16) NOT NULL, \"outbound\" jsonb NOT NULL DEFAULT '[]', \"reuse\" jsonb NOT NULL, \"truncated\" boolean NOT NULL DEFAULT false, \"file_count\" integer NOT NULL DEFAULT '0', \"checked_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"license_reports_check_run_key\" UNIQUE (\"check_run_id\"), CONSTRAINT \"PK_26e03c6f2a9a3ce9ebf0a875755\" PRIMARY KEY (\"id\"))");
    await runner.query("CREATE INDEX \"license_reports_repository_commit_idx\" ON \"license_reports\"  (\"repository_id\", \"commit\", \"checked_at\") ");
    await runner.query("CREATE TABLE \"license_report_files\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"report_id\" uuid NOT NULL, \"path\" character varying(4096) NOT NULL, \"spdx_id\" character varying(512) NOT NULL, \"confidence\" numeric(5,2) NOT NULL, \"method\" character varying(16) NOT NULL, \"line\" integer, CONSTRAINT \"PK_e7abcc18de3b3cd3c32c844fe72\" PRIMARY KEY (\"id\"))");
    await runner.query("CREATE INDEX \"license_report_files_report_idx\" ON \"license_report_files\"  (\"report_id\", \"path\") ");
    await runner.query("ALTER TABLE \"license_reports\" ADD CONSTRAINT \"FK_a22d136a30cdf7f9299fdfd3999\" FOREIGN KEY (\"check_run_id\") REFERENCES \"check_runs\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await runner.query("ALTER TABLE \"license_report_files\" ADD CONSTRAINT \"FK_ff6359cb537f44784d6d92cf581\" FOREIGN KEY (\"report_id\") REFERENCES \"license_reports\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("ALTER TABLE \"license_report_files\" DROP CONSTRAINT \"FK_ff6359cb537f44784d6d92cf581\"");
    await runner.query("ALTER TABLE \"license_reports\" DROP CONSTRAINT \"FK_a22d136a30cdf7f9299fdfd3999\"");
    await runner.query("DROP INDEX \"public\".\"license_report_files_report_idx\"");
    await runner.query("DROP TABLE \"license_report_files\"");
    await runner.query("DROP INDEX \"public\".\"license_reports_repository_commit_idx\"");
    await runner.query("DROP TABLE \"license_reports\"");
  }
}
