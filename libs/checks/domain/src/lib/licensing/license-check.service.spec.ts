import type { LicensePolicy, LicenseScanResult } from '@allmende/licensing';
import type { CheckRunEntity } from '../check-run.entity';
import { CheckEvaluationError } from '../run/commit-check';
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
  let service: LicenseCheckService;

  beforeEach(() => {
    scanner = { scan: jest.fn(() => RESULT) };
    store = { finish: jest.fn(async () => true) };
    service = new LicenseCheckService(store as unknown as LicenseReportStore, scanner as unknown as LicenseScanner, policy);
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
