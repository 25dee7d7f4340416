import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConductCheckers, parseConductRules } from '@allmende/conduct';
import type { FileTree, RepositoryActivity, RepositoryActivityReader } from '@allmende/git';
import { parseLicensePolicy } from '@allmende/licensing';
import type { Clock } from '@allmende/util';
import type { CheckRunEntity } from '../check-run.entity';
import { CheckTargets } from '../run/check-targets.port';
import { CheckEvaluationError } from '../run/commit-check';
import { ConductCheckService } from './conduct-check.service';
import type { ConductReportStore } from './conduct-report.store';
import { conductSummary } from './conduct-verdict';

const CONFIG = join(__dirname, '../../../../../../config');
const rules = parseConductRules(readFileSync(join(CONFIG, 'conduct-rules.yaml'), 'utf8'));
const policy = parseLicensePolicy(readFileSync(join(CONFIG, 'license-policy.yaml'), 'utf8'));
const NOW = new Date('2026-11-01T00:00:00Z');
const RUN = { id: 'run-1', repositoryId: 'repo-1', commit: 'c'.repeat(40), kind: 'CONDUCT', status: 'RUNNING' } as CheckRunEntity;
const DAY = 24 * 3600 * 1000;

describe('ConductCheckService', () => {
  let activity: { read: jest.Mock };
  let protectedBranch: boolean | null;
  let checkers: ConductCheckers;
  let store: { finish: jest.Mock };
  let service: ConductCheckService;

  beforeEach(() => {
    const history: RepositoryActivity = {
      since: new Date(NOW.getTime() - 183 * DAY),
      commits: [1, 2, 3, 4, 5, 6].map((days, index) => ({ date: new Date(NOW.getTime() - days * DAY), author: index % 2 ? 'a@example.org' : 'b@example.org' })),
      tags: [{ name: 'v1.0', date: new Date(NOW.getTime() - DAY), signed: true }],
      truncated: false,
    };
    activity = { read: jest.fn(async () => history) };
    protectedBranch = true;
    checkers = { validatePubliccode: () => ({ valid: true, results: [], document: {} }), scanSecrets: () => [] };
    store = { finish: jest.fn(async () => true) };
    const targets: CheckTargets = { isLive: async () => true, protectsDefaultBranch: async () => protectedBranch };
    service = new ConductCheckService(
      store as unknown as ConductReportStore,
      activity as unknown as RepositoryActivityReader,
      targets,
      { now: () => NOW } as Clock,
      rules,
      checkers,
      policy,
    );
  });

  const tree = (files: Record<string, string>, truncated = false): FileTree => ({ files: Object.entries(files).map(([path, content]) => ({ path, kind: 'text', content })), truncated });

  it("judges the tree by the rules and earns badges from the commit's last six months", async () => {
    const evaluation = await service.evaluate(tree({ 'README.md': '# x\n' }), RUN);
    expect(activity.read).toHaveBeenCalledWith(RUN.repositoryId, RUN.commit, new Date(NOW.getTime() - 183 * DAY));
    expect(evaluation.result.status).toBe('FAILED');
    expect(evaluation.result.findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['license', 'security-policy']));
    const maintained = evaluation.badges.find((badge) => badge.name === 'maintained');
    expect(maintained?.level).toBe('GOLD');
    expect(evaluation.truncated).toBe(false);
  });

  it('counts a deleted repository as not protecting its branch', async () => {
    protectedBranch = null;
    const evaluation = await service.evaluate(tree({}), RUN);
    expect(evaluation.badges.find((badge) => badge.name === 'secure')?.missing.map((criterion) => criterion.id)).toContain('protected-branch');
  });

  it('turns rules that throw into a failure retrying cannot fix', async () => {
    checkers.validatePubliccode = () => {
      throw new Error('bug');
    };
    await expect(service.evaluate(tree({ 'publiccode.yml': 'x' }), RUN)).rejects.toBeInstanceOf(CheckEvaluationError);
  });

  it('stores the result and the badges with the run', async () => {
    const evaluation = await service.evaluate(tree({}, true), RUN);
    await service.finish(RUN, evaluation);
    expect(store.finish).toHaveBeenCalledWith(RUN, evaluation.result, evaluation.badges, true);
  });
});

describe('conductSummary', () => {
  const finding = (severity: 'ERROR' | 'WARNING' | 'INFO') => ({ rule: 'r', severity, path: null, line: null, message: 'm' });
  const facts = { license: null, securityPolicy: { path: null, contact: false }, secrets: 'not-checked' as const, publiccode: 'not-checked' as const };

  it.each([
    ['PASSED', [finding('INFO')], 'code of conduct met'],
    ['FAILED', [finding('ERROR'), finding('ERROR'), finding('WARNING')], 'code of conduct not met: 2 errors, 1 warning'],
    ['FAILED', [finding('ERROR')], 'code of conduct not met: 1 error'],
    ['NEEDS_REVIEW', [finding('WARNING'), finding('WARNING')], 'needs review: 2 warnings a reviewer may waive'],
  ] as const)('sums up a %s run', (status, findings, summary) => {
    expect(conductSummary({ status, findings: [...findings], facts })).toBe(summary);
  });
});
