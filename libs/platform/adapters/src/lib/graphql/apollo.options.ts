import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import type { AllmendeConfig } from '@allmende/config';
import { formatGraphqlError } from './format-graphql-error';
import { MAX_DOCUMENT_TOKENS } from './query-limits';
import { queryLimitsPlugin } from './query-limits.plugin';

/** GraphQL over HTTP. Subscriptions are served by GraphqlWsServer, not by Apollo. */
export function apolloOptions(config: AllmendeConfig): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.production,
    playground: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    includeStacktraceInErrorResponses: false,
    context: ({ req }: { req: Request }) => ({ req }),
    formatError: formatGraphqlError,
    plugins: [queryLimitsPlugin(config.graphql)],
    buildSchemaOptions: { numberScalarMode: 'integer' },
  };
}
