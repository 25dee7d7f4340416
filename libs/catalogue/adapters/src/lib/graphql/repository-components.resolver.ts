import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ComponentReader } from '@allmende/catalogue';
import { RequestScopedLoader } from '@allmende/platform-adapters';
import { RepositoryType } from '@allmende/repos-adapters';
import { ComponentType } from './component.type';

/** Repository.components: visible exactly when the repository is (it resolves on a visible parent). */
@Resolver(() => RepositoryType)
export class RepositoryComponentsResolver {
  private readonly loader = new RequestScopedLoader<string, ComponentType[]>(async (ids) => {
    const found = await this.reader.forRepositories(ids);
    return ids.map((id) => (found.get(id) ?? []).map(ComponentType.from));
  });

  constructor(private readonly reader: ComponentReader) {}

  @ResolveField(() => [ComponentType], { description: 'Reusable components of the default branch, as the last CATALOGUE check of its head found them.' })
  components(@Parent() repository: RepositoryType, @Context() context: object): Promise<ComponentType[]> {
    return this.loader.load(context, repository.id);
  }
}
