import { ChildProcess, spawn } from 'node:child_process';
import { Inject, Injectable } from '@nestjs/common';
import { ALLMENDE_CONFIG, AllmendeConfig } from '@allmende/config';
import { GitEnvironment } from '../storage/git-environment';

export interface GitSpawnOptions {
  cwd?: string;
  /** Extra variables for this process only (hook settings, GIT_PROTOCOL). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface GitResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/**
 * The only place the platform starts `git`: argument arrays (never a shell), a controlled
 * environment without system or user configuration, and a time limit on every process.
 */
@Injectable()
export class GitProcess {
  constructor(
    private readonly environment: GitEnvironment,
    @Inject(ALLMENDE_CONFIG) private readonly config: AllmendeConfig,
  ) {}

  spawn(args: string[], options: GitSpawnOptions = {}): ChildProcess {
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: { ...this.environment.variables(), ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? this.config.git.timeoutMs);
    timer.unref();
    child.once('exit', () => clearTimeout(timer));
    // A closed pipe on a killed child must not crash the server.
    child.stdin?.on('error', () => undefined);
    return child;
  }

  /** Runs git to completion and collects its output (for small outputs only). */
  run(args: string[], options: GitSpawnOptions & { input?: string | Buffer } = {}): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      const child = this.spawn(args, options);
      const stdout: Buffer[] = [];
      let stderr = '';
      child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, stdout: Buffer.concat(stdout), stderr }));
      child.stdin?.end(options.input);
    });
  }

  async runOrThrow(args: string[], options: GitSpawnOptions & { input?: string | Buffer } = {}): Promise<string> {
    const result = await this.run(args, options);
    if (result.code !== 0) throw new Error(`git ${subcommand(args)} failed (${result.code}): ${result.stderr.trim().split('\n').pop()}`);
    return result.stdout.toString('utf8');
  }
}

/** The git command in an argument list, skipping global options such as -c and --git-dir. */
function subcommand(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-c' || args[i] === '--git-dir') i++;
    else if (!args[i].startsWith('-')) return args[i];
  }
  return args[0] ?? '';
}

export type { ChildProcess };
