import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config.error';
import { loadConfig, shippedPath } from './load-config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({}, '/srv/allmende');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/allmende/.allmende',
      databaseUrl: undefined,
      redisUrl: undefined,
      role: 'all',
      demo: false,
      logLevel: 'info',
      production: false,
      publicUrl: 'http://127.0.0.1:3000',
    });
    expect(config.graphql.maxDepth).toBe(10);
    expect(config.licensing.scan).toEqual({ maxFileBytes: 1024 ** 2, maxFiles: 20_000, maxBytes: 64 * 1024 ** 2 });
    // The shipped policy, found from the code's location rather than the working directory.
    expect(config.licensing.policyFile).toBe(join(__dirname, '../../../../..', 'config/license-policy.yaml'));
    expect(existsSync(config.licensing.policyFile)).toBe(true);
    expect(config.conduct.rulesFile).toBe(join(__dirname, '../../../../..', 'config/conduct-rules.yaml'));
    expect(existsSync(config.conduct.rulesFile)).toBe(true);
  });

  it('reads the conduct rules file relative to the working directory', () => {
    expect(loadConfig({ CONDUCT_RULES_FILE: 'rules/strict.yaml' }, '/srv/allmende').conduct).toEqual({ rulesFile: '/srv/allmende/rules/strict.yaml' });
  });

  it('reads the license check settings', () => {
    const config = loadConfig(
      { LICENSE_POLICY_FILE: 'policies/strict.yaml', LICENSE_SCAN_MAX_FILE_BYTES: '4096', LICENSE_SCAN_MAX_FILES: '10', LICENSE_SCAN_MAX_BYTES: '100000' },
      '/srv/allmende',
    );
    expect(config.licensing).toEqual({
      policyFile: '/srv/allmende/policies/strict.yaml',
      scan: { maxFileBytes: 4096, maxFiles: 10, maxBytes: 100_000 },
    });
  });

  it('reads every documented variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/allmende',
        DATABASE_URL: 'postgres://u@db/allmende',
        REDIS_URL: 'redis://cache:6379',
        ALLMENDE_ROLE: 'worker',
        ALLMENDE_ADMIN_TOKEN: 'x'.repeat(40),
        ALLMENDE_DEMO: '1',
        LOG_LEVEL: 'debug',
        NODE_ENV: 'production',
      },
      '/',
    );
    expect(config).toMatchObject({
      port: 8080,
      dataDir: '/var/lib/allmende',
      databaseUrl: 'postgres://u@db/allmende',
      redisUrl: 'redis://cache:6379',
      role: 'worker',
      demo: true,
      logLevel: 'debug',
      production: true,
      publicUrl: 'http://localhost:8080',
    });
  });

  it.each([
    ['PORT', 'abc', 'Invalid configuration: PORT must be an integer from 0 to 65535 (got "abc")'],
    ['PORT', '70000', 'Invalid configuration: PORT must be an integer from 0 to 65535 (got "70000")'],
    ['ALLMENDE_ROLE', 'both', 'Invalid configuration: ALLMENDE_ROLE must be one of all, api, worker (got "both")'],
    ['LOG_LEVEL', 'loud', 'Invalid configuration: LOG_LEVEL must be one of error, warn, info, debug (got "loud")'],
    ['ALLMENDE_DEMO', 'yes', 'Invalid configuration: ALLMENDE_DEMO must be 1, 0, true or false (got "yes")'],
    ['DATABASE_URL', 'mysql://x', 'Invalid configuration: DATABASE_URL must use postgres: or postgresql: (got "mysql:")'],
    ['LICENSE_SCAN_MAX_FILE_BYTES', '1mb', 'Invalid configuration: LICENSE_SCAN_MAX_FILE_BYTES must be an integer from 1024 to 1073741824 (got "1mb")'],
    ['LICENSE_SCAN_MAX_FILES', '0', 'Invalid configuration: LICENSE_SCAN_MAX_FILES must be an integer from 1 to 10000000 (got "0")'],
    ['LICENSE_SCAN_MAX_BYTES', '-5', 'Invalid configuration: LICENSE_SCAN_MAX_BYTES must be an integer from 1024 to 68719476736 (got "-5")'],
    ['REDIS_URL', 'not a url', 'Invalid configuration: REDIS_URL must be a URL (redis: or rediss://...)'],
  ])('rejects %s=%s with one line naming the variable', (variable, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toBe(message);
    expect((error as ConfigError).message).not.toContain('\n');
  });

  it('refuses a short admin token without echoing it', () => {
    expect(() => loadConfig({ ALLMENDE_ADMIN_TOKEN: 'secret' })).toThrow(
      /ALLMENDE_ADMIN_TOKEN must be at least 32 characters/,
    );
    expect(() => loadConfig({ ALLMENDE_ADMIN_TOKEN: 'secret' })).not.toThrow(/secret"/);
  });
});

describe('shippedPath', () => {
  it('finds shipped directories from the code, whatever the working directory', () => {
    expect(shippedPath('config/demo/repositories', '/srv/allmende')).toBe(join(__dirname, '../../../../..', 'config/demo/repositories'));
  });

  it('resolves what is not shipped against the working directory', () => {
    expect(shippedPath('config/none.yaml', '/srv/allmende')).toBe('/srv/allmende/config/none.yaml');
  });
});
