import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { CheckTargets } from '@allmende/checks';
import { RepositoryEntity } from './repository.entity';

/** Tells the check workers whether a repository still exists (deletion is immediate; the purge is not) and how it is set up. */
@Injectable()
export class RepositoryCheckTargets extends CheckTargets {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  isLive(repositoryId: string): Promise<boolean> {
    return this.dataSource.getRepository(RepositoryEntity).existsBy({ id: repositoryId, deletedAt: IsNull() });
  }

  async protectsDefaultBranch(repositoryId: string): Promise<boolean | null> {
    const repository = await this.dataSource.getRepository(RepositoryEntity).findOne({ where: { id: repositoryId, deletedAt: IsNull() }, select: { id: true, allowForcePush: true } });
    return repository ? !repository.allowForcePush : null;
  }
}
