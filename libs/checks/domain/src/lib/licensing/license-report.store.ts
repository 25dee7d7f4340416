import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { LicenseScanResult } from '@allmende/licensing';
import { Clock, clip } from '@allmende/util';
import { Finding } from '../check-run.entity';
import { CheckRunStore } from '../check-run.store';
import { boundedFindings } from '../run/bounded-findings';
import { reportKey } from '../run/report-key';
import { LicenseReportFileEntity } from './license-report-file.entity';
import { LicenseReportEntity } from './license-report.entity';
import type { LicenseVerdict } from './license-verdict';

/** Bounds on what one report stores: hostile trees must not make rows of unbounded size. */
const MAX_FILE_ROWS = 5_000;
const MAX_REUSE_FILES = 500;
const INSERT_CHUNK = 1_000;

export interface StoredLicenseReport {
  report: LicenseReportEntity;
  files: LicenseReportFileEntity[];
  findings: Finding[];
}

/** Reports of LICENSE check runs: written with the run's result, read per commit in batches. */
@Injectable()
export class LicenseReportStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly runs: CheckRunStore,
  ) {}

  /**
   * In one transaction, with the run's row locked: replaces the run's report and file rows
   * and finishes the run. Returns false (and writes nothing) when the run is gone or another
   * delivery of the same job finished it first.
   */
  finish(checkRunId: string, result: LicenseScanResult, verdict: LicenseVerdict): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const run = await this.runs.lockUnfinished(manager, checkRunId);
      if (!run) return false;
      const now = this.clock.now();
      await manager.delete(LicenseReportEntity, { checkRunId });
      const report = await manager.save(
        manager.create(LicenseReportEntity, {
          checkRunId,
          repositoryId: run.repositoryId,
          commit: run.commit,
          expression: result.expression === null ? null : clip(result.expression, 2000),
          status: result.status,
          outbound: result.outbound.slice(0, 100).map((hint) => clip(hint, 500)),
          reuse: {
            compliant: result.reuse.compliant,
            used: result.reuse.used,
            files: result.reuse.files.slice(0, MAX_REUSE_FILES),
            fileCount: result.reuse.files.length,
          },
          truncated: result.truncated,
          fileCount: result.files.length,
          checkedAt: now,
        }),
      );
      const rows = result.files.slice(0, MAX_FILE_ROWS).map((file) => ({
        reportId: report.id,
        path: clip(file.path, 4096),
        spdxId: clip(file.spdxId, 512),
        confidence: Math.min(100, Math.max(0, Math.round(file.confidence * 100) / 100)),
        method: file.method,
        line: file.line ?? null,
      }));
      for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
        await manager.insert(LicenseReportFileEntity, rows.slice(start, start + INSERT_CHUNK));
      }
      await this.runs.finish(manager, run, { status: verdict.status, summary: verdict.summary, findings: boundedFindings(result.findings) });
      return true;
    });
  }

  /**
   * The newest report of each (repository, commit) asked for, with files and the run's
   * findings: two queries however many repositories a GraphQL page lists.
   */
  async latestFor(keys: readonly { repositoryId: string; commit: string }[]): Promise<Map<string, StoredLicenseReport>> {
    const found = new Map<string, StoredLicenseReport>();
    if (keys.length === 0) return found;
    const reports: (LicenseReportEntity & { findings: Finding[] })[] = await this.dataSource.query(
      `SELECT DISTINCT ON (r.repository_id, r.commit)
              r.id, r.check_run_id AS "checkRunId", r.repository_id AS "repositoryId", r.commit, r.expression, r.status,
              r.outbound, r.reuse, r.truncated, r.file_count AS "fileCount", r.checked_at AS "checkedAt", c.findings
         FROM license_reports r
         JOIN check_runs c ON c.id = r.check_run_id
        WHERE (r.repository_id, r.commit) IN (SELECT * FROM unnest($1::uuid[], $2::char(40)[]))
        ORDER BY r.repository_id, r.commit, r.checked_at DESC`,
      [keys.map((key) => key.repositoryId), keys.map((key) => key.commit)],
    );
    const files = reports.length
      ? await this.dataSource.getRepository(LicenseReportFileEntity).find({ where: { reportId: In(reports.map((report) => report.id)) }, order: { path: 'ASC', line: 'ASC' } })
      : [];
    const filesOf = new Map<string, LicenseReportFileEntity[]>();
    for (const file of files) {
      const list = filesOf.get(file.reportId);
      if (list) list.push(file);
      else filesOf.set(file.reportId, [file]);
    }
    for (const { findings, ...report } of reports) {
      found.set(reportKey(report.repositoryId, report.commit), {
        report: Object.assign(new LicenseReportEntity(), report),
        files: filesOf.get(report.id) ?? [],
        findings,
      });
    }
    return found;
  }
}
