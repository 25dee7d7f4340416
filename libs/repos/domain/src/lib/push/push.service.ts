import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { keysetPage } from '@allmende/database';
import { CheckRunService } from '@allmende/checks';
import { GitProcess, RefUpdate, RepositoryStorage, ZERO_SHA } from '@allmende/git';
import { Page, PageRequest } from '@allmende/util';
import { RepositoryEntity } from '../repository/repository.entity';
import { PushEntity } from './push.entity';

const BRANCH_PREFIX = 'refs/heads/';

/** Who pushed: a user, or the platform itself (mirror fetches) with no user id. */
export interface Pusher {
  userId: string | null;
  username: string;
}

@Injectable()
export class PushService {
  private readonly logger = new Logger('Pushes');

  constructor(
    private readonly dataSource: DataSource,
    private readonly checks: CheckRunService,
    private readonly storage: RepositoryStorage,
    private readonly git: GitProcess,
  ) {}

  /**
   * Records the refs a push changed, moves the repository's head with its default branch and
   * requests the checks of every commit a branch now points to.
   */
  async record(repository: RepositoryEntity, pusher: Pusher, updates: RefUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    const defaultBranch = await this.adoptDefaultBranch(repository, updates);
    const head = updates.find((update) => update.ref === BRANCH_PREFIX + defaultBranch);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(PushEntity).insert(
        updates.map((update) => ({
          repositoryId: repository.id,
          actorId: pusher.userId,
          actorName: pusher.username,
          ref: update.ref,
          oldSha: update.oldSha,
          newSha: update.newSha,
        })),
      );
      await manager.getRepository(RepositoryEntity).update(
        { id: repository.id },
        head ? { defaultBranch, headCommit: head.newSha === ZERO_SHA ? null : head.newSha } : { defaultBranch },
      );
    });
    const commits = new Set(
      updates.filter((update) => update.ref.startsWith(BRANCH_PREFIX) && update.newSha !== ZERO_SHA).map((update) => update.newSha),
    );
    for (const commit of commits) await this.checks.request(repository.id, commit);
  }

  history(repositoryId: string, page: Partial<PageRequest>): Promise<Page<PushEntity>> {
    const query = this.dataSource
      .getRepository(PushEntity)
      .createQueryBuilder('push')
      .where('push.repositoryId = :repositoryId', { repositoryId });
    return keysetPage(query, 'push', page);
  }

  /**
   * An empty repository whose first push does not contain the configured default branch
   * takes the first pushed branch as default, as users of other forges expect.
   */
  private async adoptDefaultBranch(repository: RepositoryEntity, updates: RefUpdate[]): Promise<string> {
    const current = repository.defaultBranch;
    if (repository.headCommit !== null || updates.some((update) => update.ref === BRANCH_PREFIX + current)) return current;
    const first = updates.find((update) => update.ref.startsWith(BRANCH_PREFIX) && update.newSha !== ZERO_SHA);
    if (!first) return current;
    const path = this.storage.pathOf(repository.id);
    const existing = await this.git.run(['--git-dir', path, 'rev-parse', '--verify', '--quiet', `${BRANCH_PREFIX}${current}`]);
    if (existing.code === 0) return current;
    const branch = first.ref.slice(BRANCH_PREFIX.length);
    await this.git.runOrThrow(['--git-dir', path, 'symbolic-ref', 'HEAD', first.ref]);
    this.logger.log(`${repository.id}: default branch is now ${branch} (first pushed branch)`);
    return branch;
  }
}
