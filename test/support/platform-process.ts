import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { freePort } from '@allmende/util';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** Transpiles once per test file, so process tests run exactly what `npm start` runs. */
export function buildOnce(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'tools/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
}

export interface PlatformProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts a built entry point (default: what `npm start` runs after building) with exactly
 * the given environment plus PATH and HOME.
 */
export async function spawnPlatform(env: Record<string, string>, entry = 'tools/start.mjs'): Promise<PlatformProcess> {
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, [join(ROOT, entry)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: port, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Polls until /health/ready answers 200; fails with the process output if it never does. */
export async function waitReady(platform: PlatformProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (platform.child.exitCode !== null) throw new Error(`platform exited early:\n${platform.output()}`);
    try {
      const response = await fetch(`${platform.url}/health/ready`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`platform not ready after ${timeoutMs} ms:\n${platform.output()}`);
}

export function runCli(args: string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/apps/cli/src/main.js'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
