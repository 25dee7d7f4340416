import { ApolloServerPlugin, GraphQLRequestListener, HeaderMap } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { requestAuth } from './request-actor';

/**
 * Refuses a whole GraphQL request whose credentials are invalid (malformed, unknown, expired,
 * revoked) before anything executes. The AccessGuard alone would let through what no guarded
 * resolver answers, such as `{ __typename }` or introspection, so a revoked token would not
 * fail everywhere.
 */
@Plugin()
export class InvalidCredentialsPlugin implements ApolloServerPlugin<{ req: Request }> {
  async requestDidStart(): Promise<GraphQLRequestListener<{ req: Request }>> {
    return {
      async didResolveOperation({ contextValue }) {
        const { error } = requestAuth(contextValue.req);
        if (!error) return;
        throw new GraphQLError(error.message, {
          originalError: error,
          extensions: {
            code: error.code,
            http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer error="invalid_token"']]) },
          },
        });
      },
    };
  }
}
