import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphqlLimits } from '@allmende/config';
import { checkLimits, measureOperation } from './query-limits';

/** Rejects expensive operations before any resolver runs (size and nesting: GraphqlRequestGuard). */
export function queryLimitsPlugin(limits: GraphqlLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          checkLimits(measureOperation(document, operation, request.variables ?? {}), limits);
        },
      };
    },
  };
}
