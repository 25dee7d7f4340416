import { Injectable } from '@nestjs/common';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isUuid } from '@allmende/util';
import { GitProcess } from '../process/git-process';
import { GitEnvironment } from './git-environment';

/**
 * Bare repositories under DATA_DIR/repositories, addressed by repository id only: no name a
 * user chose ever becomes part of a path, so renames and hostile names cannot move data.
 */
@Injectable()
export class RepositoryStorage {
  constructor(
    private readonly environment: GitEnvironment,
    private readonly git: GitProcess,
  ) {}

  pathOf(repositoryId: string): string {
    if (!isUuid(repositoryId)) throw new Error(`not a repository id: ${repositoryId}`);
    const id = repositoryId.toLowerCase();
    return join(this.environment.repositoriesRoot, id.slice(0, 2), `${id}.git`);
  }

  /** Creates the bare repository; running it again for an existing one changes nothing. */
  async create(repositoryId: string, defaultBranch: string): Promise<void> {
    const path = this.pathOf(repositoryId);
    await this.git.runOrThrow(['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`, '--', path]);
  }

  async remove(repositoryId: string): Promise<void> {
    await rm(this.pathOf(repositoryId), { recursive: true, force: true });
  }
}
