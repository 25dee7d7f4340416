import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ComponentReader, ComponentSearchService } from '@allmende/catalogue';
import { Actor } from '@allmende/identity';
import { CurrentActor, Public } from '@allmende/identity-adapters';
import { DEFAULT_PAGE_SIZE } from '@allmende/util';
import { ComponentConnectionType } from './component-connection.type';
import { SearchComponentsArgs } from './component-search.args';
import { ComponentType } from './component.type';

@Resolver(() => ComponentType)
export class ComponentSearchResolver {
  constructor(
    private readonly search: ComponentSearchService,
    private readonly components: ComponentReader,
  ) {}

  @Query(() => ComponentConnectionType, { description: 'The catalogue: components the caller may see, with facet counts.' })
  @Public()
  async searchComponents(@CurrentActor() actor: Actor, @Args() args: SearchComponentsArgs): Promise<ComponentConnectionType> {
    const viewer = await this.components.viewerOf(actor);
    const result = await this.search.search(
      { text: args.query ?? null, filter: { ...(args.filter ?? {}) }, sort: args.sort, first: args.first ?? DEFAULT_PAGE_SIZE, after: args.after ?? null },
      viewer,
    );
    return {
      edges: result.hits.map((hit) => ({ node: ComponentType.from(hit.component), cursor: hit.cursor, score: hit.score })),
      pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.hits.at(-1)?.cursor ?? null },
      totalCount: result.totalCount,
      facets: result.facets,
    };
  }

  @Query(() => ComponentType, { nullable: true, description: 'A component the caller may see; null otherwise.' })
  @Public()
  async component(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ComponentType | null> {
    const component = await this.components.findVisible(actor, id);
    return component ? ComponentType.from(component) : null;
  }
}
