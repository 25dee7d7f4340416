import { ExecutionContext, Logger } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { AccessGuard, ACCESS_RULE } from '@allmende/identity-adapters';
import { startTestPlatform, TestPlatform } from './support/test-platform';

// Metadata keys @nestjs/graphql puts on resolver methods (Query, Mutation, ResolveField...).
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

interface IntrospectedType {
  kind: string;
  name: string | null;
  ofType: IntrospectedType | null;
}
interface IntrospectedField {
  name: string;
  type: IntrospectedType;
  args: { name: string; type: IntrospectedType }[];
}
interface Schema {
  queryType: { fields: IntrospectedField[] };
  mutationType: { fields: IntrospectedField[] };
  subscriptionType: { fields: IntrospectedField[] };
  types: { name: string; kind: string; enumValues: { name: string }[] | null; inputFields: { name: string; type: IntrospectedType }[] | null }[];
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const INTROSPECTION = `{ __schema {
  queryType { fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } } }
  mutationType { fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } } }
  subscriptionType { fields { name } }
  types { name kind enumValues { name } inputFields { name type { ${TYPE_REF} } } } } }`;

/** Every operation must declare who may call it; these tests fail when one does not. */
describe('every GraphQL operation is guarded', () => {
  let platform: TestPlatform;
  let schema: Schema;

  beforeAll(async () => {
    platform = await startTestPlatform();
    schema = (await platform.client().ok<{ __schema: Schema }>(INTROSPECTION)).__schema;
  });
  afterAll(() => platform.close());

  function operationHandlers(): Map<string, unknown> {
    const handlers = new Map<string, unknown>();
    for (const wrapper of platform.platform.app.get(DiscoveryService).getProviders()) {
      const prototype = wrapper.instance ? Object.getPrototypeOf(wrapper.instance) : undefined;
      if (!prototype) continue;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        // Descriptors, not property access: some framework providers have getters.
        const method = Object.getOwnPropertyDescriptor(prototype, key)?.value;
        if (typeof method !== 'function') continue;
        const type = Reflect.getMetadata(RESOLVER_TYPE, method);
        if (type === 'Query' || type === 'Mutation' || type === 'Subscription') {
          handlers.set(`${type}.${Reflect.getMetadata(RESOLVER_NAME, method) ?? key}`, Reflect.getMetadata(ACCESS_RULE, method));
        }
      }
    }
    return handlers;
  }

  it('has an access rule on the handler of each Query, Mutation and Subscription field', () => {
    const handlers = operationHandlers();
    const operations = [
      ...schema.queryType.fields.map((field) => `Query.${field.name}`),
      ...schema.mutationType.fields.map((field) => `Mutation.${field.name}`),
      ...schema.subscriptionType.fields.map((field) => `Subscription.${field.name}`),
    ];
    expect(operations.length).toBeGreaterThan(10);
    const unguarded = operations.filter((operation) => handlers.get(operation) === undefined);
    expect(unguarded).toEqual([]);
  });

  it('refuses every mutation to anonymous callers with UNAUTHENTICATED', async () => {
    const client = platform.client();
    const results: Record<string, string | undefined> = {};
    for (const field of schema.mutationType.fields) {
      const args = field.args.filter((arg) => arg.type.kind === 'NON_NULL');
      const argumentList = args.length ? `(${args.map((arg) => `${arg.name}: ${dummyValue(arg.type)}`).join(', ')})` : '';
      const selection = ['SCALAR', 'ENUM'].includes(namedType(field.type).kind) ? '' : ' { __typename }';
      results[field.name] = await client.errorCode(`mutation { ${field.name}${argumentList}${selection} }`);
    }
    expect(Object.keys(results)).toHaveLength(schema.mutationType.fields.length);
    expect(Object.entries(results).filter(([, code]) => code !== 'UNAUTHENTICATED')).toEqual([]);
  });

  it('fails closed: a handler without a rule is refused', () => {
    const guard = new AccessGuard(new Reflector());
    const handler = function operationWithoutRule() {
      return undefined;
    };
    const context = {
      getType: () => 'graphql',
      getHandler: () => handler,
      getClass: () => class SomeResolver {},
      getArgs: () => [{}, {}, { req: { headers: {} } }, {}],
    } as unknown as ExecutionContext;
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      expect(() => guard.canActivate(context)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('operationWithoutRule has no access rule'));
    } finally {
      logged.mockRestore();
    }
  });

  function namedType(type: IntrospectedType): IntrospectedType {
    return type.ofType ? namedType(type.ofType) : type;
  }

  /** A syntactically valid literal for a type, so only the guard can refuse the call. */
  function dummyValue(type: IntrospectedType): string {
    if (type.kind === 'NON_NULL') return dummyValue(type.ofType as IntrospectedType);
    if (type.kind === 'LIST') return `[${dummyValue(type.ofType as IntrospectedType)}]`;
    const definition = schema.types.find((candidate) => candidate.name === type.name);
    switch (type.kind) {
      case 'ENUM':
        return definition?.enumValues?.[0].name ?? 'X';
      case 'INPUT_OBJECT':
        return `{ ${(definition?.inputFields ?? [])
          .filter((field) => field.type.kind === 'NON_NULL')
          .map((field) => `${field.name}: ${dummyValue(field.type)}`)
          .join(', ')} }`;
      default:
        return { Int: '1', Float: '1.5', Boolean: 'true', ID: '"00000000-0000-4000-8000-000000000000"' }[type.name as string] ?? '"x"';
    }
  }
});
