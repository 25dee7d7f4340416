import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AllmendeConfig } from '@allmende/config';
import { CommitTreeReader, FileTree, GitReadError } from '@allmende/git';
import { PermanentJobError } from '@allmende/queue';
import type { CheckRunEntity } from '../check-run.entity';
import type { CheckRunStore } from '../check-run.store';
import { CheckTargets } from './check-targets.port';
import { CheckEvaluationError, CommitCheck } from './commit-check';
import { CommitCheckRunner } from './commit-check.runner';

const RUN = { id: 'run-1', repositoryId: 'repo-1', commit: 'c'.repeat(40), kind: 'LICENSE', status: 'QUEUED' } as CheckRunEntity;
const PAYLOAD = { repositoryId: RUN.repositoryId, commit: RUN.commit, checkRunId: RUN.id };
const FIRST = { attempt: 1, maxAttempts: 5 };
const TREE: FileTree = { files: [{ path: 'LICENSE', kind: 'text', content: 'MIT' }], truncated: false };

describe('CommitCheckRunner', () => {
  let run: CheckRunEntity | null;
  let live: boolean;
  let runs: { start: jest.Mock; fail: jest.Mock };
  let trees: { read: jest.Mock };
  let check: CommitCheck<string> & { evaluate: jest.Mock; finish: jest.Mock };
  let runner: CommitCheckRunner;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    run = { ...RUN };
    live = true;
    runs = { start: jest.fn(async () => true), fail: jest.fn(async () => true) };
    trees = { read: jest.fn(async () => TREE) };
    check = { kind: 'LICENSE', evaluate: jest.fn(async () => 'result'), finish: jest.fn(async () => true) };
    const dataSource = { getRepository: () => ({ findOneBy: async () => run }) } as unknown as DataSource;
    const targets: CheckTargets = { isLive: async () => live, protectsDefaultBranch: async () => true };
    const config = { licensing: { scan: { maxFileBytes: 1, maxFiles: 2, maxBytes: 3 } } } as AllmendeConfig;
    runner = new CommitCheckRunner(dataSource, runs as unknown as CheckRunStore, trees as unknown as CommitTreeReader, targets, config);
  });

  it('reads the commit within the configured scan limits, evaluates it and lets the check finish the run', async () => {
    await runner.run(check, PAYLOAD, FIRST);
    expect(runs.start).toHaveBeenCalledWith(RUN.id);
    expect(trees.read).toHaveBeenCalledWith(RUN.repositoryId, RUN.commit, { maxFileBytes: 1, maxFiles: 2, maxBytes: 3 }, undefined);
    expect(check.evaluate).toHaveBeenCalledWith(TREE, expect.objectContaining({ id: RUN.id }));
    expect(check.finish).toHaveBeenCalledWith(expect.objectContaining({ id: RUN.id }), 'result');
  });

  it('reads only the files a check selects', async () => {
    const select = (path: string) => path.endsWith('Dockerfile');
    await runner.run({ ...check, select }, PAYLOAD, FIRST);
    expect(trees.read).toHaveBeenCalledWith(RUN.repositoryId, RUN.commit, { maxFileBytes: 1, maxFiles: 2, maxBytes: 3 }, select);
  });

  it.each(['PASSED', 'FAILED', 'NEEDS_REVIEW', 'ERROR'] as const)('leaves a run that is %s alone', async (status) => {
    run = { ...RUN, status };
    await runner.run(check, PAYLOAD, FIRST);
    expect(runs.start).not.toHaveBeenCalled();
    expect(check.finish).not.toHaveBeenCalled();
  });

  it('does nothing for a run that no longer exists, or one of another kind', async () => {
    run = null;
    await runner.run(check, PAYLOAD, FIRST);
    run = { ...RUN, kind: 'CONDUCT' };
    await runner.run(check, PAYLOAD, FIRST);
    expect(runs.start).not.toHaveBeenCalled();
  });

  it('ends the run in ERROR without retry when the repository was deleted', async () => {
    live = false;
    await expect(runner.run(check, PAYLOAD, FIRST)).rejects.toBeInstanceOf(PermanentJobError);
    expect(runs.fail).toHaveBeenCalledWith(RUN.id, 'the repository was deleted before the check ran');
    expect(trees.read).not.toHaveBeenCalled();
  });

  it('ends the run in ERROR without retry when the commit is gone or unreadable', async () => {
    trees.read.mockRejectedValueOnce(GitReadError.notFound(`commit ${RUN.commit}`));
    await expect(runner.run(check, PAYLOAD, FIRST)).rejects.toBeInstanceOf(PermanentJobError);
    expect(runs.fail).toHaveBeenCalledWith(RUN.id, `commit ${RUN.commit} not found`);
  });

  it('ends the run in ERROR without retry when the check cannot evaluate the tree', async () => {
    check.evaluate.mockRejectedValue(new CheckEvaluationError('the license detector failed on this commit'));
    await expect(runner.run(check, PAYLOAD, FIRST)).rejects.toBeInstanceOf(PermanentJobError);
    expect(runs.fail).toHaveBeenCalledWith(RUN.id, 'the license detector failed on this commit');
    expect(check.finish).not.toHaveBeenCalled();
  });

  it.each([
    ['reading the tree', () => trees.read],
    ['evaluating', () => check.evaluate],
    ['storing the result', () => check.finish],
  ])('throws transient failures while %s for the queue to retry, and ends the run in ERROR after the last attempt', async (_step, failing) => {
    const ioError = Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    failing().mockRejectedValue(ioError);
    await expect(runner.run(check, PAYLOAD, { attempt: 4, maxAttempts: 5 })).rejects.toBe(ioError);
    expect(runs.fail).not.toHaveBeenCalled();
    await expect(runner.run(check, PAYLOAD, { attempt: 5, maxAttempts: 5 })).rejects.toBe(ioError);
    expect(runs.fail).toHaveBeenCalledWith(RUN.id, 'the check could not be completed after 5 attempts');
  });
});
