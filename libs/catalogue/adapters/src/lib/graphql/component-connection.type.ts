import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@allmende/platform-adapters';
import { ComponentType } from './component.type';

@ObjectType('FacetCount')
export class FacetCountType {
  @Field(() => String, { nullable: true, description: 'null counts results without a value (e.g. license not checked yet).' })
  value: string | null;

  @Field(() => Int)
  count: number;
}

@ObjectType('ComponentFacets', { description: 'Counts over all results of the search (every filter applied), at most 20 values per facet.' })
export class ComponentFacetsType {
  @Field(() => [FacetCountType]) kind: FacetCountType[];
  @Field(() => [FacetCountType]) license: FacetCountType[];
  @Field(() => [FacetCountType]) category: FacetCountType[];
  @Field(() => [FacetCountType]) platform: FacetCountType[];
  @Field(() => [FacetCountType]) developmentStatus: FacetCountType[];
  @Field(() => [FacetCountType]) maintenanceType: FacetCountType[];
  @Field(() => [FacetCountType]) namespaceKind: FacetCountType[];
  @Field(() => [FacetCountType]) hardeningLevel: FacetCountType[];
  @Field(() => [FacetCountType]) conductStatus: FacetCountType[];
}

@ObjectType('ComponentEdge')
export class ComponentEdgeType {
  @Field(() => ComponentType)
  node: ComponentType;

  @Field()
  cursor: string;

  @Field(() => Float, { description: 'The relevance the results are ordered by; 0 without a query.' })
  score: number;
}

@ObjectType('ComponentConnection')
export class ComponentConnectionType {
  @Field(() => [ComponentEdgeType])
  edges: ComponentEdgeType[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;

  @Field(() => ComponentFacetsType)
  facets: ComponentFacetsType;
}
