import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Badge, ConductResult } from '@allmende/conduct';
import { Clock } from '@allmende/util';
import { CheckRunEntity, Finding } from '../check-run.entity';
import { CheckRunStore } from '../check-run.store';
import { boundedFindings } from '../run/bounded-findings';
import { reportKey } from '../run/report-key';
import { ConductReportEntity } from './conduct-report.entity';
import { conductSummary } from './conduct-verdict';

export interface StoredConductReport {
  report: ConductReportEntity;
  findings: Finding[];
}

/** Reports of CONDUCT check runs: written with the run's result, read per commit in batches. */
@Injectable()
export class ConductReportStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly runs: CheckRunStore,
  ) {}

  /**
   * In one transaction, with the run's row locked: replaces the run's report and finishes the
   * run. Returns false (and writes nothing) when the run is gone or another delivery of the
   * same job finished it first.
   */
  finish(checkRun: CheckRunEntity, result: ConductResult, badges: Badge[], truncated: boolean): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const run = await this.runs.lockUnfinished(manager, checkRun.id);
      if (!run) return false;
      await manager.delete(ConductReportEntity, { checkRunId: run.id });
      await manager.insert(ConductReportEntity, {
        checkRunId: run.id,
        repositoryId: run.repositoryId,
        commit: run.commit,
        status: result.status,
        facts: result.facts,
        badges,
        truncated,
        checkedAt: this.clock.now(),
      });
      await this.runs.finish(manager, run, { status: result.status, summary: conductSummary(result), findings: boundedFindings(result.findings) });
      return true;
    });
  }

  /** The newest report of each (repository, commit) asked for, with the run's findings: one query. */
  async latestFor(keys: readonly { repositoryId: string; commit: string }[]): Promise<Map<string, StoredConductReport>> {
    const found = new Map<string, StoredConductReport>();
    if (keys.length === 0) return found;
    const rows: (ConductReportEntity & { findings: Finding[] })[] = await this.dataSource.query(
      `SELECT DISTINCT ON (r.repository_id, r.commit)
              r.id, r.check_run_id AS "checkRunId", r.repository_id AS "repositoryId", r.commit, r.status, r.facts, r.badges,
              r.truncated, r.checked_at AS "checkedAt", c.findings
         FROM conduct_reports r
         JOIN check_runs c ON c.id = r.check_run_id
        WHERE (r.repository_id, r.commit) IN (SELECT * FROM unnest($1::uuid[], $2::char(40)[]))
        ORDER BY r.repository_id, r.commit, r.checked_at DESC`,
      [keys.map((key) => key.repositoryId), keys.map((key) => key.commit)],
    );
    for (const { findings, ...report } of rows) {
      found.set(reportKey(report.repositoryId, report.commit), { report: Object.assign(new ConductReportEntity(), report), findings });
    }
    return found;
  }
}
