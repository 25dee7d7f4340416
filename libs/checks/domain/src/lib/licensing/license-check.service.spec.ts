import type { AllmendeConfig } from '@allmende/config';
import type { LicensePolicy, LicenseScanResult } from '@allmende/licensing';
import type { CheckRunEntity } from '../check-run.entity';
import { CheckEvaluationError } from '../run/commit-check';
import type { CommitCheckRunner } from '../run/commit-check.runner';
import type { LicenseScanner } from './license-check.ports';
import { LicenseCheckService } from './license-check.service';
import type { LicenseReportStore } from './license-report.store';

const RUN = { id: 'run-1', repositoryId: 'repo-1', commit: 'c'.repeat(40), kind: 'LICENSE', status: 'RUNNING' } as CheckRunEntity;
// The service hands the result through; the verdict's own cases are in license-verdict.spec.ts.
const RESULT = { expression: 'MIT', status: 'ALLOWED', findings: [], files: [], truncated: false } as unknown as LicenseScanResult;

describe('LicenseCheckService', () => {
  const policy = { osiApproved: true } as LicensePolicy;
  let scanner: { scan: jest.Mock };
  let store: { finish: jest.Mock };
  let runner: { run: jest.Mock };
  let service: LicenseCheckService;

  beforeEach(() => {
    scanner = { scan: jest.fn(() => RESULT) };
    store = { finish: jest.fn(async () => true) };
    runner = { run: jest.fn(async () => undefined) };
    const config = { licensing: { scan: { maxFileBytes: 1, maxFiles: 2, maxBytes: 3 } } } as AllmendeConfig;
    service = new LicenseCheckService(runner as unknown as CommitCheckRunner, store as unknown as LicenseReportStore, scanner as unknown as LicenseScanner, policy, config);
  });

  it('runs as a LICENSE check that reads the commit within the configured license scan limits', async () => {
    const payload = { repositoryId: RUN.repositoryId, commit: RUN.commit, checkRunId: RUN.id };
    await service.run(payload, { attempt: 1, maxAttempts: 5 });
    expect(runner.run).toHaveBeenCalledWith(service, payload, { attempt: 1, maxAttempts: 5 });
    expect(service.kind).toBe('LICENSE');
    expect(service.limits).toEqual({ maxFileBytes: 1, maxFiles: 2, maxBytes: 3 });
  });

  it('scans the tree with the policy and finishes the run with the verdict', async () => {
    const tree = { files: [], truncated: false };
    const result = await service.evaluate(tree);
    expect(scanner.scan).toHaveBeenCalledWith(tree, policy);
    await service.finish(RUN, result);
    expect(store.finish).toHaveBeenCalledWith(RUN.id, RESULT, { status: 'PASSED', summary: 'MIT: allowed' });
  });

  it('turns a detector that throws into a failure retrying cannot fix', async () => {
    scanner.scan.mockImplementation(() => {
      throw new Error('bug');
    });
    await expect(service.evaluate({ files: [], truncated: false })).rejects.toEqual(new CheckEvaluationError('the license detector failed on this commit'));
  });
});
