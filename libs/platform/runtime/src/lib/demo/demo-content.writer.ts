import { Injectable } from '@nestjs/common';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedPath } from '@allmende/config';
import { GitProcess, RepositoryStorage, ZERO_SHA } from '@allmende/git';
import { spdxLicenses } from '@allmende/licensing';
import { PushService, RepositoryEntity } from '@allmende/repos';
import type { DemoContent } from './demo-data';

/** One directory per repository: `<namespace>/<repository>/...`. */
export const DEMO_CONTENT_ROOT = 'config/demo/repositories';

export interface DemoCommitAuthor {
  userId: string;
  username: string;
  name: string;
  email: string;
}

export interface DemoContentRequest {
  repository: RepositoryEntity;
  /** `<namespace>/<repository>` below DEMO_CONTENT_ROOT. */
  source: string;
  author: DemoCommitAuthor;
  content: DemoContent;
}

/**
 * Gives demo repositories their first commit with the system git, recorded like a push so
 * head, push history and checks follow as they do for a real one. The commit is built in a
 * temporary work tree and fetched into the bare repository: a fetch runs no receive hooks.
 */
@Injectable()
export class DemoContentWriter {
  private readonly root = shippedPath(DEMO_CONTENT_ROOT);

  constructor(
    private readonly git: GitProcess,
    private readonly storage: RepositoryStorage,
    private readonly pushes: PushService,
  ) {}

  /** Writes what is missing and returns how many repositories got their commit. */
  async write(requests: DemoContentRequest[]): Promise<number> {
    // Anything on the default branch, demo content or a user's push, is never replaced.
    const pending = requests.filter((request) => request.repository.headCommit === null);
    if (pending.length === 0) return 0;
    const licenses = licenseTexts(new Set(pending.map((request) => request.content.license)));
    let written = 0;
    for (const request of pending) {
      if (await this.writeOne(request, licenses.get(request.content.license) as string)) written++;
    }
    return written;
  }

  private async writeOne({ repository, source, author, content }: DemoContentRequest, licenseText: string): Promise<boolean> {
    const ref = `refs/heads/${repository.defaultBranch}`;
    const bare = this.storage.pathOf(repository.id);
    const work = await mkdtemp(join(tmpdir(), 'allmende-demo-'));
    try {
      await cp(join(this.root, source), work, { recursive: true });
      await writeFile(join(work, 'LICENSE'), licenseText);
      const commit = await this.commit(work, repository.defaultBranch, author, content);
      const existing = await this.git.run(['--git-dir', bare, 'rev-parse', '--verify', '--quiet', ref]);
      // The same commit already there means an earlier seed stopped before recording it.
      if (existing.code === 0 && existing.stdout.toString('utf8').trim() !== commit) return false;
      if (existing.code !== 0) {
        await this.git.runOrThrow(['--git-dir', bare, 'fetch', '--quiet', '--no-write-fetch-head', '--', work, `${ref}:${ref}`]);
      }
      await this.pushes.record(repository, { userId: author.userId, username: author.username }, [{ oldSha: ZERO_SHA, newSha: commit, ref }]);
      return true;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  private async commit(work: string, branch: string, author: DemoCommitAuthor, content: DemoContent): Promise<string> {
    await this.git.runOrThrow(['init', '--quiet', `--initial-branch=${branch}`, '--', work]);
    await this.git.runOrThrow(['add', '--all'], { cwd: work });
    await this.git.runOrThrow(
      ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`, 'commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', content.message],
      { cwd: work, env: { GIT_AUTHOR_DATE: content.date, GIT_COMMITTER_DATE: content.date } },
    );
    return (await this.git.runOrThrow(['rev-parse', 'HEAD'], { cwd: work })).trim();
  }
}

/** The SPDX list's texts of the given ids; an unknown id is a mistake in the demo data. */
function licenseTexts(ids: Set<string>): Map<string, string> {
  const texts = new Map(spdxLicenses().filter((license) => ids.has(license.id)).map((license) => [license.id, license.text]));
  for (const id of ids) if (!texts.has(id)) throw new Error(`demo data: "${id}" is not on the SPDX license list`);
  return texts;
}
