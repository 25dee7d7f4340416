import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitObjectCache } from '../read/git-object-cache';
import type { RepositoryStorage } from '../storage/repository-storage.service';
import { RepositoryActivityReader } from './repository-activity.reader';

const REPOSITORY_ID = '6f1c2d3e-4f89-41d3-9a0c-0305e82c3301';
const DAY = 24 * 3600;
const NOW = Date.UTC(2026, 10, 1) / 1000;
const SINCE = new Date((NOW - 182 * DAY) * 1000);

describe('RepositoryActivityReader on a real repository', () => {
  let home: string;
  let head: string;
  let reader: RepositoryActivityReader;

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'allmende-activity-'));
    const work = join(home, 'work');
    const run = (args: string[], env: Record<string, string> = {}, input?: string) =>
      execFileSync('git', args, {
        cwd: work,
        input,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_COMMITTER_NAME: 'C', GIT_COMMITTER_EMAIL: 'c@example.org', ...env },
      }).trim();
    const commit = (daysAgo: number, email: string) => {
      const date = `@${NOW - daysAgo * DAY} +0000`;
      writeFileSync(join(work, 'file.txt'), `${daysAgo} ${email}\n`);
      run(['add', '.']);
      run(['commit', '--quiet', '-m', `${daysAgo} days ago`], { GIT_AUTHOR_NAME: email, GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
      return run(['rev-parse', 'HEAD']);
    };
    execFileSync('git', ['init', '--quiet', '--initial-branch=main', work]);
    const old = commit(400, 'anna@example.org');
    run(['tag', 'v0.1', old]);
    commit(100, 'Anna@Example.org');
    commit(30, 'ben@example.org');
    head = commit(5, 'anna@example.org');
    const tagAt = (daysAgo: number) => ({ GIT_COMMITTER_DATE: `@${NOW - daysAgo * DAY} +0000` });
    run(['tag', '-a', 'v1.0', '-m', 'release 1.0', head], tagAt(4));
    // A signed tag as git writes one (the signature is not checked, only recognised).
    const signature = ['-----BEGIN PGP SIGNATURE-----', '', 'iQEzBAABCAAdFiEE', '-----END PGP SIGNATURE-----'].join('\n');
    const tagObject = run(['mktag'], {}, `object ${head}\ntype commit\ntag v1.1\ntagger C <c@example.org> ${NOW - 2 * DAY} +0000\n\nrelease 1.1\n${signature}\n`);
    run(['update-ref', 'refs/tags/v1.1', tagObject]);
    const storage = { pathOf: () => join(work, '.git') } as unknown as RepositoryStorage;
    reader = new RepositoryActivityReader(storage, new GitObjectCache());
  });

  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('lists the commits since the date with their authors, and every tag with its date and signature', async () => {
    const activity = await reader.read(REPOSITORY_ID, head, SINCE);
    const at = (daysAgo: number) => new Date((NOW - daysAgo * DAY) * 1000);
    expect(activity.commits).toEqual([
      { date: at(5), author: 'anna@example.org' },
      { date: at(30), author: 'ben@example.org' },
      { date: at(100), author: 'anna@example.org' },
    ]);
    expect(activity.tags).toEqual([
      { name: 'v1.1', date: at(2), signed: true },
      { name: 'v1.0', date: at(4), signed: false },
      { name: 'v0.1', date: at(400), signed: false },
    ]);
    expect(activity.truncated).toBe(false);
  });

  it('says when a limit cut the history short', async () => {
    const activity = await reader.read(REPOSITORY_ID, head, new Date(0), { maxCommits: 2, maxTags: 1 });
    expect(activity).toMatchObject({ commits: { length: 2 }, tags: { length: 1 }, truncated: true });
  });

  it('answers NOT_FOUND for a commit the repository does not have', async () => {
    await expect(reader.read(REPOSITORY_ID, 'b'.repeat(40), SINCE)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
