import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ALLMENDE_CONFIG, AllmendeConfig } from '@allmende/config';
import { Actor } from '@allmende/identity';
import { CurrentActor, Public, RequireScope } from '@allmende/identity-adapters';
import { PageArgs, toConnection } from '@allmende/platform-adapters';
import { RepositoryService } from '@allmende/repos';
import { CreateRepositoryInput } from './create-repository.input';
import { RepositoryConnection, RepositoryType } from './repository.type';

@Resolver(() => RepositoryType)
export class RepositoryResolver {
  constructor(
    private readonly repositoryService: RepositoryService,
    @Inject(ALLMENDE_CONFIG) private readonly config: AllmendeConfig,
  ) {}

  @Query(() => RepositoryType, { nullable: true })
  @Public()
  async repository(
    @CurrentActor() actor: Actor,
    @Args('namespace') namespace: string,
    @Args('name') name: string,
  ): Promise<RepositoryType | null> {
    const repository = await this.repositoryService.findVisible(actor, namespace, name);
    return repository ? RepositoryType.from(repository) : null;
  }

  @Query(() => RepositoryConnection, { description: 'Every repository the caller may see, newest first.' })
  @Public()
  async repositories(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return toConnection(await this.repositoryService.list(actor, {}, page), RepositoryType.from);
  }

  @Mutation(() => RepositoryType)
  @RequireScope('WRITE')
  async createRepository(@CurrentActor() actor: Actor, @Args('input') input: CreateRepositoryInput): Promise<RepositoryType> {
    return RepositoryType.from(await this.repositoryService.create(actor, input));
  }

  @Mutation(() => Boolean)
  @RequireScope('WRITE')
  deleteRepository(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.repositoryService.delete(actor, id);
  }

  @ResolveField(() => String, { description: 'HTTP(S) URL for git clone; public repositories clone anonymously.' })
  cloneUrl(@Parent() repository: RepositoryType): string {
    return `${this.config.publicUrl}/git/${repository.fullName}.git`;
  }
}
