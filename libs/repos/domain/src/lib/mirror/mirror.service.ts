import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThan, Not, Or } from 'typeorm';
import { ALLMENDE_CONFIG, AllmendeConfig } from '@allmende/config';
import { GitProcess, RefUpdate, RepositoryStorage, ZERO_SHA } from '@allmende/git';
import { JobQueue } from '@allmende/queue';
import { Clock } from '@allmende/util';
import { PushService } from '../push/push.service';
import { RepositoryEntity } from '../repository/repository.entity';
import { resolveMirror } from './mirror-url';

/** Mirror fetches are recorded as pushes by this pseudo-user. */
export const MIRROR_PUSHER = { userId: null, username: 'mirror' };

@Injectable()
export class MirrorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly git: GitProcess,
    private readonly storage: RepositoryStorage,
    private readonly pushes: PushService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    @Inject(ALLMENDE_CONFIG) private readonly config: AllmendeConfig,
  ) {}

  /**
   * Fetches branches and tags from the upstream into the bare repository and records what
   * changed like a push, so checks run on mirrored commits too. Failures are kept on the
   * repository for its maintainers to see.
   */
  async fetch(repositoryId: string): Promise<void> {
    const repository = await this.dataSource.getRepository(RepositoryEntity).findOneBy({ id: repositoryId, deletedAt: IsNull() });
    if (!repository?.mirrorUrl) return;
    const path = this.storage.pathOf(repository.id);
    try {
      const { url, pin } = await resolveMirror(repository.mirrorUrl, this.config.mirrors.allowPrivateNetworks);
      const before = await this.refs(path);
      await this.git.runOrThrow([
        '-c', `http.curloptResolve=${pin}`,
        '-c', 'http.followRedirects=false',
        '--git-dir', path,
        'fetch', '--quiet', '--prune', '--no-write-fetch-head', '--', url.toString(),
        '+refs/heads/*:refs/heads/*', '+refs/tags/*:refs/tags/*',
      ]);
      const after = await this.refs(path);
      await this.pushes.record(repository, MIRROR_PUSHER, diffRefs(before, after));
      await this.dataSource.getRepository(RepositoryEntity).update({ id: repository.id }, { mirrorFetchedAt: this.clock.now(), mirrorError: null });
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      await this.dataSource.getRepository(RepositoryEntity).update({ id: repository.id }, { mirrorFetchedAt: this.clock.now(), mirrorError: reason });
    }
  }

  /** Enqueues a fetch of every mirror not fetched within the interval; safe from several workers. */
  async enqueueDue(): Promise<number> {
    const intervalMs = this.config.mirrors.intervalMinutes * 60_000;
    const now = this.clock.now().getTime();
    const due = await this.dataSource.getRepository(RepositoryEntity).find({
      select: { id: true },
      where: { mirrorUrl: Not(IsNull()), deletedAt: IsNull(), mirrorFetchedAt: Or(IsNull(), LessThan(new Date(now - intervalMs))) },
      take: 1000,
    });
    // One job per repository and interval slot: replicas enqueueing together add it once.
    const slot = Math.floor(now / intervalMs);
    for (const { id } of due) await this.jobs.enqueue('repository.mirror-fetch', { repositoryId: id }, { jobId: `mirror-${id}-${slot}` });
    return due.length;
  }

  async requestFetch(repositoryId: string): Promise<void> {
    await this.jobs.enqueue('repository.mirror-fetch', { repositoryId }, { jobId: `mirror-${repositoryId}-now-${this.clock.now().getTime()}` });
  }

  private async refs(path: string): Promise<Map<string, string>> {
    const output = await this.git.runOrThrow(['--git-dir', path, 'for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads', 'refs/tags']);
    return new Map(
      output
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [sha, ref] = line.split(' ');
          return [ref, sha] as const;
        }),
    );
  }
}

export function diffRefs(before: Map<string, string>, after: Map<string, string>): RefUpdate[] {
  const updates: RefUpdate[] = [];
  for (const [ref, newSha] of after) {
    const oldSha = before.get(ref) ?? ZERO_SHA;
    if (oldSha !== newSha) updates.push({ oldSha, newSha, ref });
  }
  for (const [ref, oldSha] of before) if (!after.has(ref)) updates.push({ oldSha, newSha: ZERO_SHA, ref });
  return updates;
}
