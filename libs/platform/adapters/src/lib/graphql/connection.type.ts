import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page } from '@allmende/util';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `At most ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}.` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

export interface ConnectionShape<N> {
  edges: { node: N; cursor: string }[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** Builds the Relay connection object type for one node type. */
export function Connection<N>(nodeType: Type<N>, name: string): Type<ConnectionShape<N>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => nodeType)
    node: N;

    @Field()
    cursor: string;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: Promise<number>;
  }
  return ConnectionType as Type<ConnectionShape<N>>;
}

/** Turns a domain page into a connection, mapping each entity to its GraphQL type. */
export function toConnection<E, N>(page: Page<E>, map: (entity: E) => N): ConnectionShape<N> {
  let count: Promise<number> | undefined;
  return {
    edges: page.items.map((item) => ({ node: map(item.node), cursor: item.cursor })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    // A getter, so the COUNT query runs only when a client asks for totalCount.
    get totalCount() {
      return (count ??= page.totalCount());
    },
  };
}
