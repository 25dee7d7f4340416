import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { CheckRunEntity, CheckRunFeed, CheckRunUpdates } from '@allmende/checks';
import { Actor } from '@allmende/identity';
import { CurrentActor, Public } from '@allmende/identity-adapters';
import { RepositoryService } from '@allmende/repos';
import { CheckRunType } from './check-run.type';

@Resolver(() => CheckRunType)
export class CheckRunSubscriptionResolver {
  constructor(
    private readonly repositories: RepositoryService,
    private readonly updates: CheckRunUpdates,
  ) {}

  @Subscription(() => CheckRunType, {
    description:
      'Every change of a check run of the repository from now on: created (QUEUED), started (RUNNING, again on a retry) and finished. ' +
      'Each is sent as the run is when it is sent, so a quick succession of changes may arrive as the latest state only. ' +
      'Query checkRuns after subscribing for what happened before.',
    resolve: (run: CheckRunEntity) => CheckRunType.from(run),
  })
  @Public()
  async checkRunUpdated(@CurrentActor() actor: Actor, @Args('repositoryId', { type: () => ID }) repositoryId: string): Promise<CheckRunFeed> {
    // Checked once, at subscription: a repository the caller cannot see is NOT_FOUND, as in queries.
    const repository = await this.repositories.getVisibleById(actor, repositoryId);
    return this.updates.follow(repository.id);
  }
}
