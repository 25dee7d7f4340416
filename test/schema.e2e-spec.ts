import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { startTestPlatform, TestPlatform } from './support/test-platform';

const SCHEMA_FILE = join(__dirname, '..', 'apps', 'api', 'schema.graphql');

/**
 * The GraphQL schema is a contract with every client. It is generated from code, and the
 * committed copy makes each change to it visible in review: after an intended change run
 * `UPDATE_SCHEMA=1 npm run test:e2e -- test/schema.e2e-spec.ts` and commit the file.
 */
describe('GraphQL schema', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform.close());

  it('matches apps/api/schema.graphql', () => {
    const schema = printSchema(platform.platform.app.get(GraphQLSchemaHost).schema) + '\n';
    if (process.env.UPDATE_SCHEMA === '1' || !existsSync(SCHEMA_FILE)) writeFileSync(SCHEMA_FILE, schema);
    expect(schema).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });
});
