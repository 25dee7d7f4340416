import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { JobName, JobQueue } from '@allmende/queue';
import { CHECK_KINDS, CheckKind, CheckRunEntity } from './check-run.entity';
import { CheckRunStore } from './check-run.store';

const JOB_OF_KIND: Record<CheckKind, JobName> = {
  LICENSE: 'check.license',
  CONDUCT: 'check.conduct',
  CATALOGUE: 'check.catalogue',
};

@Injectable()
export class CheckRunService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly store: CheckRunStore,
  ) {}

  /**
   * Records a QUEUED run per check kind for the commit (existing runs are kept) and enqueues
   * one job each under the id `<repositoryId>:<commit>:<kind>`, so repeating this for the
   * same commit never duplicates work.
   */
  async request(repositoryId: string, commit: string): Promise<CheckRunEntity[]> {
    await this.store.queue(repositoryId, commit, CHECK_KINDS);
    const runs = await this.forCommit(repositoryId, commit);
    // Each kind has a queue of its own; adding to them one after another would hold up the
    // pusher, who waits for this before git reports success.
    await Promise.all(
      runs.map((run) =>
        this.jobs.enqueue(JOB_OF_KIND[run.kind], { repositoryId, commit, checkRunId: run.id }, { jobId: `${repositoryId}:${commit}:${run.kind}` }),
      ),
    );
    return runs;
  }

  forCommit(repositoryId: string, commit: string): Promise<CheckRunEntity[]> {
    return this.dataSource
      .getRepository(CheckRunEntity)
      .find({ where: { repositoryId, commit, kind: In([...CHECK_KINDS]) }, order: { kind: 'ASC' } });
  }
}
