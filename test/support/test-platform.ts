import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AllmendeConfig, loadConfig } from '@allmende/config';
import { AccessTokenService, TokenScope, UserService } from '@allmende/identity';
import { JsonLogger } from '@allmende/platform-adapters';
import { RunningPlatform, startPlatform } from '@allmende/runtime';
import { createTestDatabase, deleteRedisPrefix, GraphqlClient, GraphqlResponse, graphqlRequest, TestDatabase } from '@allmende/testing';

export interface TestPlatform {
  url: string;
  config: AllmendeConfig;
  platform: RunningPlatform;
  dataSource: DataSource;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<T>>;
  client(token?: string): GraphqlClient;
  /** Creates a user directly (as an operator would with the CLI) and returns a token for it. */
  userWithToken(username: string, options?: { platformRoles?: ('ADMIN' | 'REVIEWER')[]; scopes?: TokenScope[] }): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real platform (HTTP server, GraphQL, worker) on its own database, data directory and
 * queue prefix, listening on a free port. Set env values the way an operator would.
 */
export async function startTestPlatform(env: Record<string, string> = {}): Promise<TestPlatform> {
  const database: TestDatabase = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'allmende-test-'));
  const queuePrefix = `t${randomBytes(5).toString('hex')}`;
  const redisUrl = process.env.ALLMENDE_TEST_REDIS_URL;
  const config = loadConfig({
    PORT: '0',
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: process.env.ALLMENDE_TEST_LOG_LEVEL ?? 'error',
    SHUTDOWN_GRACE_MS: '5000',
    ...env,
  });
  let platform: RunningPlatform;
  try {
    platform = await startPlatform(config, new JsonLogger(config.logLevel, (line) => process.stderr.write(line + '\n')));
  } catch (error) {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const url = platform.url;
  return {
    url,
    config,
    platform,
    dataSource: platform.app.get(DataSource),
    graphql: (query, variables, token) => graphqlRequest(url, query, variables, token),
    client: (token) => new GraphqlClient(url, token),
    async userWithToken(username, options = {}) {
      const user =
        (await platform.app.get(UserService).findByUsername(username)) ??
        (await platform.app.get(UserService).createUnchecked({ username, displayName: username, platformRoles: options.platformRoles }));
      const created = await platform.app.get(AccessTokenService).issue(user, { name: 'test', scopes: options.scopes ?? ['WRITE'] });
      return created.token;
    },
    async close() {
      await platform.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
      if (redisUrl) await deleteRedisPrefix(redisUrl, queuePrefix);
    },
  };
}
