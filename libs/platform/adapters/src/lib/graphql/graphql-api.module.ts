import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, ModuleMetadata, NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ALLMENDE_CONFIG } from '@allmende/config';
import { apolloOptions } from './apollo.options';
import { ExpectedErrorFilter } from './expected-error.filter';
import { GraphqlRequestGuard } from './graphql-request.guard';
import { GraphqlWsServer } from './subscriptions/graphql-ws.server';

/**
 * GraphQL at /graphql: over HTTP, and subscriptions over WebSocket. `authentication` must
 * provide a SubscriptionAuthenticator (the identity context, which depends on this library).
 */
@Module({})
export class GraphqlApiModule implements NestModule {
  static forRoot(authentication: ModuleMetadata['imports']): DynamicModule {
    return {
      module: GraphqlApiModule,
      imports: [GraphQLModule.forRootAsync<ApolloDriverConfig>({ driver: ApolloDriver, inject: [ALLMENDE_CONFIG], useFactory: apolloOptions }), ...(authentication ?? [])],
      providers: [{ provide: APP_FILTER, useClass: ExpectedErrorFilter }, GraphqlWsServer],
      exports: [GraphqlWsServer],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(GraphqlRequestGuard).forRoutes('graphql');
  }
}
