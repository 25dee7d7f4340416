import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestPlatform, TestPlatform } from './support/test-platform';

describe('operations endpoints', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform.close());

  it('answers liveness without touching dependencies', async () => {
    const response = await fetch(`${platform.url}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('reports readiness of database, queue and storage', async () => {
    const response = await fetch(`${platform.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      ready: true,
      components: { database: { status: 'up' }, queue: { status: 'up' }, storage: { status: 'up' } },
    });
  });

  it('turns not ready when storage cannot be written, and ready again when it can', async () => {
    const scratch = join(platform.config.dataDir, 'tmp');
    rmSync(scratch, { recursive: true, force: true });
    writeFileSync(scratch, 'a file where the scratch directory should be');
    try {
      const response = await fetch(`${platform.url}/health/ready`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { components: Record<string, { status: string; error?: string }> };
      expect(body.components.storage.status).toBe('down');
      expect(body.components.database.status).toBe('up');
    } finally {
      rmSync(scratch, { force: true });
    }
    expect((await fetch(`${platform.url}/health/ready`)).status).toBe(200);
  });

  it('exposes Prometheus metrics, including request durations by route class', async () => {
    await platform.graphql('{ me { username } }');
    const response = await fetch(`${platform.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('# TYPE allmende_http_request_duration_seconds histogram');
    expect(text).toMatch(/allmende_http_request_duration_seconds_count\{route="graphql",method="POST",status="200"\} \d+/);
    expect(text).toContain('allmende_process_resident_memory_bytes');
  });
});

describe('readiness with an unreachable queue backend', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    // Port 1 on loopback: nothing listens, connections are refused at once.
    platform = await startTestPlatform({ REDIS_URL: 'redis://127.0.0.1:1', ALLMENDE_ROLE: 'api' });
  });
  afterAll(() => platform.close());

  it('answers 503 naming the queue while the database is fine', async () => {
    const response = await fetch(`${platform.url}/health/ready`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { components: Record<string, { status: string }> };
    expect(body.components).toMatchObject({ database: { status: 'up' }, queue: { status: 'down' }, storage: { status: 'up' } });
  });
});
