import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitObjectCache } from '../read/git-object-cache';
import type { RepositoryStorage } from '../storage/repository-storage.service';
import { CommitTreeReader } from './commit-tree.reader';

const REPOSITORY_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const GONE_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3302';

describe('CommitTreeReader on a real repository', () => {
  let home: string;
  let commit: string;
  let reader: CommitTreeReader;
  const limits = { maxFileBytes: 1024, maxFiles: 100, maxBytes: 100_000 };

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'allmende-commit-tree-'));
    const work = join(home, 'work');
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: work,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.org', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.org' },
      }).trim();
    mkdirSync(join(work, 'src', 'lib'), { recursive: true });
    writeFileSync(join(work, 'LICENSE'), '\uFEFFMIT License\n');
    writeFileSync(join(work, 'src', 'main.ts'), '// SPDX-License-Identifier: MIT\n');
    writeFileSync(join(work, 'src', 'lib', 'deep.ts'), 'export {};\n');
    writeFileSync(join(work, 'logo.png'), Buffer.from([0x89, 0x50, 0, 1]));
    writeFileSync(join(work, 'huge.txt'), 'x'.repeat(2048));
    symlinkSync('/etc/passwd', join(work, 'passwd'));
    git('init', '--quiet', '--initial-branch=main');
    git('add', '.');
    // A submodule entry (gitlink): another repository's commit, not content of this one.
    git('update-index', '--add', '--cacheinfo', `160000,${'a'.repeat(40)},vendor/sub`);
    git('commit', '--quiet', '-m', 'one');
    commit = git('rev-parse', 'HEAD');
    const storage = { pathOf: (id: string) => (id === REPOSITORY_ID ? join(work, '.git') : join(home, 'gone.git')) } as RepositoryStorage;
    reader = new CommitTreeReader(storage, new GitObjectCache());
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('reads every file breadth first, flags binaries, large files and symlinks, skips submodules', async () => {
    const tree = await reader.read(REPOSITORY_ID, commit, limits);
    expect(tree.truncated).toBe(false);
    expect(tree.files.map((file) => `${file.path}:${file.kind}`)).toEqual([
      'LICENSE:text',
      'huge.txt:too-large',
      'logo.png:binary',
      'passwd:symlink',
      'src/main.ts:text',
      'src/lib/deep.ts:text',
    ]);
    // Content as committed: the byte order mark is the detector's business.
    expect(tree.files[0].content).toBe('\uFEFFMIT License\n');
    expect(tree.files.filter((file) => file.kind !== 'text').every((file) => file.content === undefined)).toBe(true);
    // What is not kept still has its size, for rules about large files.
    expect(tree.files.filter((file) => file.size !== undefined).map((file) => `${file.path}:${file.size}`)).toEqual(['huge.txt:2048', 'logo.png:4']);
  });

  it('reads only the files selected, so a check of a few manifests does not read every blob', async () => {
    const tree = await reader.read(REPOSITORY_ID, commit, limits, (path) => path.endsWith('.ts') || path === 'passwd');
    expect(tree.files.map((file) => `${file.path}:${file.kind}`)).toEqual(['passwd:symlink', 'src/main.ts:text', 'src/lib/deep.ts:text']);
  });

  it('stops at the limits and marks the tree truncated', async () => {
    expect(await reader.read(REPOSITORY_ID, commit, { ...limits, maxFiles: 3 })).toMatchObject({ truncated: true, files: { length: 3 } });
    const byBytes = await reader.read(REPOSITORY_ID, commit, { ...limits, maxBytes: 2065 });
    expect(byBytes.truncated).toBe(true);
    expect(byBytes.files.map((file) => file.path)).toEqual(['LICENSE', 'huge.txt']);
  });

  it('answers NOT_FOUND for a missing commit or repository', async () => {
    await expect(reader.read(REPOSITORY_ID, 'b'.repeat(40), limits)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(reader.read(GONE_ID, commit, limits)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
