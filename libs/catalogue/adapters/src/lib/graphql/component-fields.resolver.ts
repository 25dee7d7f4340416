import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AdoptionService, ComponentReader } from '@allmende/catalogue';
import { RequestScopedLoader } from '@allmende/platform-adapters';
import { RepositoryType } from '@allmende/repos-adapters';
import { AdoptionType } from './adoption.type';
import { ComponentType } from './component.type';

/** Fields of Component that need other rows; batched per request. */
@Resolver(() => ComponentType)
export class ComponentFieldsResolver {
  private readonly repositoryLoader = new RequestScopedLoader<string, RepositoryType | null>(async (ids) => {
    const found = await this.components.repositoriesOf(ids);
    return ids.map((id) => {
      const repository = found.get(id);
      return repository ? RepositoryType.from(repository) : null;
    });
  });

  private readonly adopterLoader = new RequestScopedLoader<string, AdoptionType[]>(async (ids) => {
    const found = await this.adoptions.adoptersOf(ids);
    return ids.map((id) => (found.get(id) ?? []).map(AdoptionType.from));
  });

  constructor(
    private readonly components: ComponentReader,
    private readonly adoptions: AdoptionService,
  ) {}

  @ResolveField(() => RepositoryType, { nullable: true, description: 'The repository it is published in; null only while a deletion is being processed.' })
  repository(@Parent() component: ComponentType, @Context() context: object): Promise<RepositoryType | null> {
    return this.repositoryLoader.load(context, component.repositoryId);
  }

  @ResolveField(() => [AdoptionType], { description: 'Who runs it: verified adoptions first.' })
  adopters(@Parent() component: ComponentType, @Context() context: object): Promise<AdoptionType[]> {
    return this.adopterLoader.load(context, component.id);
  }
}
