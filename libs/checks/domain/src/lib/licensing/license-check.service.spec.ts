import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AllmendeConfig } from '@allmende/config';
import { CommitTreeReader, GitReadError } from '@allmende/git';
import type { LicensePolicy, LicenseScanResult } from '@allmende/licensing';
import { PermanentJobError } from '@allmende/queue';
import type { CheckRunEntity } from '../check-run.entity';
import type { CheckRunStore } from '../check-run.store';
import { CheckTargets, LicenseScanner } from './license-check.ports';
import { LicenseCheckService } from './license-check.service';
import type { LicenseReportStore } from './license-report.store';

const RUN = { id: 'run-1', repositoryId: 'repo-1', commit: 'c'.repeat(40), kind: 'LICENSE', status: 'QUEUED' } as CheckRunEntity;
const PAYLOAD = { repositoryId: RUN.repositoryId, commit: RUN.commit, checkRunId: RUN.id };
const FIRST = { attempt: 1, maxAttempts: 5 };
const RESULT: LicenseScanResult = {
  expression: 'MIT',
  status: 'ALLOWED',
  outbound: [],
  files: [{ path: 'LICENSE', spdxId: 'MIT', confidence: 100, method: 'EXACT' }],
  findings: [],
  reuse: { compliant: false, used: false, files: [] },
  truncated: false,
};

describe('LicenseCheckService', () => {
  let run: CheckRunEntity | null;
  let live: boolean;
  let runs: { start: jest.Mock; fail: jest.Mock };
  let store: { finish: jest.Mock };
  let trees: { read: jest.Mock };
  let scanner: { scan: jest.Mock };
  let service: LicenseCheckService;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    run = { ...RUN };
    live = true;
    runs = { start: jest.fn(async () => true), fail: jest.fn(async () => true) };
    store = { finish: jest.fn(async () => true) };
    trees = { read: jest.fn(async () => ({ files: [], truncated: false })) };
    scanner = { scan: jest.fn(() => RESULT) };
    const dataSource = { getRepository: () => ({ findOneBy: async () => run }) } as unknown as DataSource;
    const targets: CheckTargets = { isLive: async () => live };
    const config = { licensing: { scan: { maxFileBytes: 1, maxFiles: 2, maxBytes: 3 } } } as AllmendeConfig;
    service = new LicenseCheckService(
      dataSource,
      runs as unknown as CheckRunStore,
      store as unknown as LicenseReportStore,
      trees as unknown as CommitTreeReader,
      targets,
      scanner as unknown as LicenseScanner,
      {} as LicensePolicy,
      config,
    );
  });

  it('reads the commit within the configured limits, scans and finishes the run with the verdict', async () => {
    await service.run(PAYLOAD, FIRST);
    expect(runs.start).toHaveBeenCalledWith(RUN.id);
    expect(trees.read).toHaveBeenCalledWith(RUN.repositoryId, RUN.commit, { maxFileBytes: 1, maxFiles: 2, maxBytes: 3 });
    expect(store.finish).toHaveBeenCalledWith(RUN.id, RESULT, { status: 'PASSED', summary: 'MIT: allowed' });
  });

  it.each(['PASSED', 'FAILED', 'NEEDS_REVIEW', 'ERROR'] as const)('leaves a run that is %s alone', async (status) => {
    run = { ...RUN, status };
    await service.run(PAYLOAD, FIRST);
    expect(runs.start).not.toHaveBeenCalled();
    expect(store.finish).not.toHaveBeenCalled();
  });

  it('does nothing for a run that no longer exists', async () => {
    run = null;
    await service.run(PAYLOAD, FIRST);
    expect(runs.start).not.toHaveBeenCalled();
  });

  it('ends the run in ERROR without retry when the repository was deleted', async () => {
    live = false;
    await expect(service.run(PAYLOAD, FIRST)).rejects.toBeInstanceOf(PermanentJobError);
    expect(runs.fail).toHaveBeenCalledWith(RUN.id, 'the repository was deleted before the check ran');
    expect(trees.read).not.toHaveBeenCalled();
  });

  it('ends the run in ERROR without retry when the commit is gone or unreadable', async () => {
    trees.read.mockRejectedValueOnce(GitReadError.notFound(`commit ${RUN.commit}`));
    await expect(service.run(PAYLOAD, FIRST)).rejects.toBeInstanceOf(PermanentJobError);
    expect(runs.fail).toHaveBeenCalledWith(RUN.id, `commit ${RUN.commit} not found`);
  });

  it('ends the run in ERROR without retry when the detector throws', async () => {
    scanner.scan.mockImplementation(() => {
      throw new Error('bug');
    });
    await expect(service.run(PAYLOAD, FIRST)).rejects.toBeInstanceOf(PermanentJobError);
    expect(runs.fail).toHaveBeenCalledWith(RUN.id, 'the license detector failed on this commit');
  });

  it('throws transient failures for the queue to retry, and ends the run in ERROR after the last attempt', async () => {
    const ioError = Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    trees.read.mockRejectedValue(ioError);
    await expect(service.run(PAYLOAD, { attempt: 4, maxAttempts: 5 })).rejects.toBe(ioError);
    expect(runs.fail).not.toHaveBeenCalled();
    await expect(service.run(PAYLOAD, { attempt: 5, maxAttempts: 5 })).rejects.toBe(ioError);
    expect(runs.fail).toHaveBeenCalledWith(RUN.id, 'the check could not be completed after 5 attempts');
  });
});
