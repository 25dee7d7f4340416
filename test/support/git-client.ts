import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface GitResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The real git command line in a scratch home, with no prompts and no user configuration.
 * Asynchronous on purpose: the server under test may run in this same process.
 */
export class GitClient {
  readonly home = mkdtempSync(join(tmpdir(), 'allmende-git-client-'));

  run(args: string[], cwd?: string): Promise<GitResult> {
    const child = spawn('git', args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: this.home,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_AUTHOR_NAME: 'Test Author',
        GIT_AUTHOR_EMAIL: 'author@example.org',
        GIT_COMMITTER_NAME: 'Test Author',
        GIT_COMMITTER_EMAIL: 'author@example.org',
        LANG: 'C',
      },
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (status) => {
        clearTimeout(timer);
        resolve({ status, stdout, stderr });
      });
    });
  }

  async ok(args: string[], cwd?: string): Promise<string> {
    const result = await this.run(args, cwd);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.stderr}`);
    return result.stdout;
  }

  /** A new working repository on branch main. */
  async init(): Promise<string> {
    const directory = mkdtempSync(join(this.home, 'work-'));
    await this.ok(['init', '--quiet', '--initial-branch=main', directory]);
    return directory;
  }

  /** Commits `files` (path -> content) in a new working repository and pushes main; returns the commit. */
  async pushFiles(files: Record<string, string | Buffer>, cloneUrl: string, token: string): Promise<string> {
    return this.commitAndPush(await this.init(), files, cloneUrl, token, 'Erste Fassung');
  }

  /** Clones the repository, changes `files` on top of main and pushes; returns the new commit. */
  async pushChanges(files: Record<string, string | Buffer>, cloneUrl: string, token: string): Promise<string> {
    const work = mkdtempSync(join(this.home, 'work-'));
    await this.ok(['clone', '--quiet', authenticatedUrl(cloneUrl, token), work]);
    return this.commitAndPush(work, files, cloneUrl, token, 'Änderung');
  }

  private async commitAndPush(work: string, files: Record<string, string | Buffer>, cloneUrl: string, token: string, message: string): Promise<string> {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), content);
    }
    await this.ok(['add', '.'], work);
    await this.ok(['commit', '--quiet', '-m', message], work);
    await this.ok(['push', '--quiet', authenticatedUrl(cloneUrl, token), 'main'], work);
    return (await this.ok(['rev-parse', 'HEAD'], work)).trim();
  }

  cleanup(): void {
    rmSync(this.home, { recursive: true, force: true });
  }
}

/** http://user:token@host/... so git authenticates without asking. */
export function authenticatedUrl(cloneUrl: string, token: string): string {
  const url = new URL(cloneUrl);
  url.username = 'git';
  url.password = token;
  return url.toString();
}
