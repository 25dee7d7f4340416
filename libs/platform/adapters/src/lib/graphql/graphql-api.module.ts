import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { ALLMENDE_CONFIG, AllmendeConfig } from '@allmende/config';
import { ExpectedErrorFilter } from './expected-error.filter';
import { formatGraphqlError } from './format-graphql-error';
import { GraphqlRequestGuard } from './graphql-request.guard';
import { queryLimitsPlugin } from './query-limits.plugin';

/** Parse-time bound: a document cannot cost more than this many tokens to read. */
const MAX_TOKENS = 5_000;

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [ALLMENDE_CONFIG],
      useFactory: (config: AllmendeConfig) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        introspection: !config.production,
        playground: false,
        csrfPrevention: true,
        parseOptions: { maxTokens: MAX_TOKENS },
        includeStacktraceInErrorResponses: false,
        context: ({ req }: { req: Request }) => ({ req }),
        formatError: formatGraphqlError,
        plugins: [queryLimitsPlugin(config.graphql)],
        buildSchemaOptions: { numberScalarMode: 'integer' },
      }),
    }),
  ],
  providers: [{ provide: APP_FILTER, useClass: ExpectedErrorFilter }],
})
export class GraphqlApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(GraphqlRequestGuard).forRoutes('graphql');
  }
}
