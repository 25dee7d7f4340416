import { Inject, Injectable } from '@nestjs/common';
import { ALLMENDE_CONFIG, AllmendeConfig } from '@allmende/config';
import { GitHttpError } from './git-http.error';

/**
 * Bounds concurrent git processes per repository and per client in this replica, so one
 * busy repository or one aggressive client cannot take every process slot.
 */
@Injectable()
export class GitConcurrency {
  private readonly perRepository = new Map<string, number>();
  private readonly perClient = new Map<string, number>();

  constructor(@Inject(ALLMENDE_CONFIG) private readonly config: AllmendeConfig) {}

  /** Returns the release function; throws 429 when a limit is reached. */
  acquire(repositoryId: string, client: string): () => void {
    const repositoryCount = this.perRepository.get(repositoryId) ?? 0;
    const clientCount = this.perClient.get(client) ?? 0;
    if (repositoryCount >= this.config.git.maxProcessesPerRepository || clientCount >= this.config.git.maxProcessesPerClient) {
      throw new GitHttpError(429, 'too many concurrent git operations; try again shortly', { 'Retry-After': '5' });
    }
    this.perRepository.set(repositoryId, repositoryCount + 1);
    this.perClient.set(client, clientCount + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      decrement(this.perRepository, repositoryId);
      decrement(this.perClient, client);
    };
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const next = (counts.get(key) ?? 1) - 1;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
