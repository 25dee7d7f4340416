import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@allmende/identity';
import { CurrentActor, NamespaceType } from '@allmende/identity-adapters';
import { PageArgs, toConnection } from '@allmende/platform-adapters';
import { RepositoryService } from '@allmende/repos';
import { RepositoryConnection, RepositoryType } from './repository.type';

/** Adds Namespace.repositories without the identity context knowing about repositories. */
@Resolver(() => NamespaceType)
export class NamespaceRepositoriesResolver {
  constructor(private readonly repositoryService: RepositoryService) {}

  @ResolveField(() => RepositoryConnection)
  async repositories(@Parent() namespace: NamespaceType, @CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return toConnection(await this.repositoryService.list(actor, { namespaceId: namespace.id }, page), RepositoryType.from);
  }
}
