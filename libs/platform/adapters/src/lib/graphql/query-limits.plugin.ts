import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphqlLimits } from '@allmende/config';
import { checkLimits, measureOperation, tooComplex } from './query-limits';

/** Rejects abusive documents before any resolver runs. */
export function queryLimitsPlugin(limits: GraphqlLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if ((request.query?.length ?? 0) > limits.maxDocumentLength) {
            throw tooComplex(`query document exceeds ${limits.maxDocumentLength} characters`);
          }
          if (!operation) return;
          checkLimits(measureOperation(document, operation, request.variables ?? {}), limits);
        },
      };
    },
  };
}
