import { Logger } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { buildSchema, ExecutionArgs, GraphQLError } from 'graphql';
import type { Context } from 'graphql-ws';
import { DomainError } from '@allmende/util';
import { graphqlWsOptions, MAX_SUBSCRIPTIONS_PER_CONNECTION, SocketExtra } from './graphql-ws.options';
import { ConnectionVerdict, SubscriptionAuthenticator } from './subscription.authenticator';

const schema = buildSchema('type Query { a: Int q: Query } type Mutation { b: Int } type Subscription { c(x: [[Int]]): Int d: Query }');
const limits = { maxDepth: 3, maxAliases: 2, maxComplexity: 100, maxDocumentLength: 200 };

class TestError extends DomainError {
  readonly context = 'test';
}

describe('graphql-ws options', () => {
  let verdict: ConnectionVerdict;
  let socket: { close: jest.Mock };
  let request: IncomingMessage;
  let ctx: Context<Record<string, unknown>, SocketExtra>;
  const authenticator: SubscriptionAuthenticator = { authenticate: async () => verdict };
  const options = graphqlWsOptions(schema, limits, authenticator);

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    verdict = { accepted: true };
    socket = { close: jest.fn() };
    request = {} as IncomingMessage;
    ctx = { connectionInitReceived: true, acknowledged: true, subscriptions: { one: null }, extra: { socket, request } } as unknown as Context<
      Record<string, unknown>,
      SocketExtra
    >;
  });

  /** What the client would receive for a refused subscribe message. */
  async function refusalOf(query: string, variables?: Record<string, unknown>) {
    const result = await options.onSubscribe?.(ctx, 'one', { query, variables });
    expect(Array.isArray(result)).toBe(true);
    return options.onError?.(ctx, 'one', { query }, result as readonly GraphQLError[]);
  }

  it('accepts a connection the authenticator accepts', async () => {
    await expect(options.onConnect?.(ctx)).resolves.toBe(true);
    expect(socket.close).not.toHaveBeenCalled();
  });

  it('closes a connection with invalid credentials with 4401 and the reason', async () => {
    verdict = { accepted: false, reason: 'access token expired' };
    await expect(options.onConnect?.(ctx)).resolves.toBe(false);
    expect(socket.close).toHaveBeenCalledWith(4401, 'access token expired');
  });

  it('runs a subscription with the connection request as context', async () => {
    const args = (await options.onSubscribe?.(ctx, 'one', { query: 'subscription($x: [[Int]]) { c(x: $x) }', variables: { x: [[1]] } })) as ExecutionArgs;
    expect(args).toMatchObject({ schema, variableValues: { x: [[1]] }, contextValue: { req: request } });
  });

  it('refuses queries and mutations: they belong to POST /graphql', async () => {
    for (const query of ['{ a }', 'mutation { b }']) {
      expect(await refusalOf(query)).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('POST /graphql') })]);
    }
  });

  it('refuses malformed and invalid documents as BAD_USER_INPUT', async () => {
    expect(await refusalOf('subscription {')).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
    expect(await refusalOf('subscription { nope }')).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });

  it('applies the document limits of the HTTP path', async () => {
    const tooLong = `subscription { c ${' '.repeat(limits.maxDocumentLength)} }`;
    const nested = `subscription { c(x: ${'['.repeat(20)}1${']'.repeat(20)}) }`;
    const deep = 'subscription { d { q { q { a } } } }';
    const aliased = 'subscription { d { a1: a a2: a a3: a } }';
    for (const query of [tooLong, nested, deep, aliased]) {
      expect(await refusalOf(query)).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX' } })]);
    }
    expect(await options.onSubscribe?.(ctx, 'one', { query: 'subscription { d { q { a } } }' })).toMatchObject({ schema });
  });

  it(`refuses more than ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions on one connection`, async () => {
    ctx = { ...ctx, subscriptions: Object.fromEntries(Array.from({ length: MAX_SUBSCRIPTIONS_PER_CONNECTION + 1 }, (_, i) => [String(i), null])) };
    expect(await refusalOf('subscription { c }')).toEqual([expect.objectContaining({ extensions: { code: 'RATE_LIMITED' } })]);
  });

  it('formats errors of a running subscription as over HTTP: codes kept, internals hidden', async () => {
    const refused = new GraphQLError('repository not found', { originalError: new TestError('NOT_FOUND', 'repository not found'), path: ['c'] });
    const broken = new GraphQLError('relation "x" does not exist', { originalError: new Error('relation "x" does not exist'), path: ['c'] });
    const formatted = await options.onNext?.(ctx, 'one', { query: '' }, {} as ExecutionArgs, { errors: [refused, broken] });
    expect(formatted?.errors).toEqual([
      expect.objectContaining({ message: 'repository not found', extensions: { code: 'NOT_FOUND' } }),
      expect.objectContaining({ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(await options.onNext?.(ctx, 'one', { query: '' }, {} as ExecutionArgs, { data: { c: 1 } })).toBeUndefined();
  });
});
