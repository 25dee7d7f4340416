import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AccessPolicy, Actor, hasScope, IdentityError, NamespaceEntity, UserPrincipal } from '@allmende/identity';
import { requestAuth } from '@allmende/identity-adapters';
import { RepositoryEntity, RepositoryService } from '@allmende/repos';
import { GitHttpError } from './git-http.error';

export type GitAccessMode = 'read' | 'write';

export interface GitAccess {
  repository: RepositoryEntity;
  actor: Actor;
}

/**
 * Who may fetch or push: anyone may fetch public repositories; the rest needs a token. An
 * anonymous caller is asked to authenticate, a signed-in outsider sees 404 for what is
 * not visible to them, and pushing needs WRITE scope and the DEVELOPER role.
 */
@Injectable()
export class GitAccessService {
  constructor(
    private readonly repositories: RepositoryService,
    private readonly access: AccessPolicy,
  ) {}

  async authorize(request: Request, namespace: string, name: string, mode: GitAccessMode): Promise<GitAccess> {
    const auth = requestAuth(request);
    if (auth.error) throw GitHttpError.authenticate(auth.error.message);
    const actor = auth.actor;
    if (mode === 'write' && actor.kind !== 'user') throw GitHttpError.authenticate();
    const repository = await this.repositories.findVisible(actor, namespace, name.replace(/\.git$/, ''));
    if (!repository) {
      if (actor.kind !== 'user') throw GitHttpError.authenticate();
      throw new GitHttpError(404, 'repository not found');
    }
    if (mode === 'write') await this.requireWrite(actor as UserPrincipal, repository);
    return { repository, actor };
  }

  private async requireWrite(actor: UserPrincipal, repository: RepositoryEntity): Promise<void> {
    if (repository.mirrorUrl) {
      throw new GitHttpError(403, `this repository mirrors ${repository.mirrorUrl}; push there and it is fetched from there`);
    }
    if (!hasScope(actor, 'WRITE')) throw new GitHttpError(403, 'this access token is read-only; pushing needs the WRITE scope');
    try {
      await this.access.requireRole(actor, repository.namespace as NamespaceEntity, 'DEVELOPER');
    } catch (error) {
      if (error instanceof IdentityError) {
        throw new GitHttpError(error.code === 'NOT_FOUND' ? 404 : 403, `${error.message}; pushing needs the DEVELOPER role`);
      }
      throw error;
    }
  }
}
