import type { IncomingMessage } from 'node:http';
import { DocumentNode, ExecutionArgs, getOperationAST, GraphQLError, GraphQLSchema, parse, validate } from 'graphql';
import { CloseCode, ServerOptions } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { GraphqlLimits } from '@allmende/config';
import { ErrorCode } from '@allmende/util';
import { formatGraphqlError } from '../format-graphql-error';
import { documentProblem } from '../graphql-request.guard';
import { checkLimits, MAX_DOCUMENT_TOKENS, measureOperation } from '../query-limits';
import { SubscriptionAuthenticator } from './subscription.authenticator';

export interface SocketExtra {
  socket: WebSocket;
  /** The HTTP upgrade request; it carries the connection's actor (see SubscriptionAuthenticator). */
  request: IncomingMessage;
}

export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
/** A connection that has not sent connection_init by then is closed (4408): idle sockets cost memory. */
export const CONNECTION_INIT_WAIT_MS = 3_000;
/** The longest a close reason may be (a control frame's payload is 125 bytes). */
const MAX_CLOSE_REASON = 120;

/**
 * graphql-ws behaviour: authentication once per connection, subscriptions only (queries and
 * mutations go to POST /graphql, where every other protection lives), the HTTP path's
 * document limits, and errors formatted as over HTTP.
 */
export function graphqlWsOptions(
  schema: GraphQLSchema,
  limits: GraphqlLimits,
  authenticator: SubscriptionAuthenticator,
): ServerOptions<Record<string, unknown>, SocketExtra> {
  return {
    schema,
    connectionInitWaitTimeout: CONNECTION_INIT_WAIT_MS,
    onConnect: async ({ extra, connectionParams }) => {
      const verdict = await authenticator.authenticate(extra.request, connectionParams);
      if (verdict.accepted) return true;
      // 4401 rather than the 4403 graphql-ws sends for `false`: clients give up instead of retrying the same credentials.
      extra.socket.close(CloseCode.Unauthorized, Buffer.from(verdict.reason).subarray(0, MAX_CLOSE_REASON).toString());
      return false;
    },
    onSubscribe: ({ extra, subscriptions }, _id, payload) => {
      // The subscription being started is counted already.
      if (Object.keys(subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
        return [refusal('RATE_LIMITED', `at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection`)];
      }
      return prepare(schema, limits, payload.query, payload.operationName ?? undefined, payload.variables ?? undefined, { req: extra.request });
    },
    onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: result.errors.map(format) } : undefined),
    onError: (_ctx, _id, _payload, errors) => errors.map(format),
  };
}

function prepare(
  schema: GraphQLSchema,
  limits: GraphqlLimits,
  query: string,
  operationName: string | undefined,
  variableValues: Record<string, unknown> | undefined,
  contextValue: { req: IncomingMessage },
): ExecutionArgs | readonly GraphQLError[] {
  const problem = documentProblem(query, limits);
  if (problem) return [refusal('QUERY_TOO_COMPLEX', problem)];
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: MAX_DOCUMENT_TOKENS });
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return invalid;
  const operation = getOperationAST(document, operationName);
  if (!operation) return [refusal('BAD_USER_INPUT', 'the document must contain one operation, or operationName must name one')];
  if (operation.operation !== 'subscription') {
    return [refusal('BAD_USER_INPUT', 'only subscriptions are served over WebSocket; send queries and mutations to POST /graphql')];
  }
  try {
    checkLimits(measureOperation(document, operation, variableValues ?? {}), limits);
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
  return { schema, document, operationName, variableValues, contextValue };
}

function refusal(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

function format(error: GraphQLError) {
  return formatGraphqlError(error.toJSON(), error);
}
