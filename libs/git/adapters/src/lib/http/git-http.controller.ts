import { Controller, Get, Inject, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { ALLMENDE_CONFIG, AllmendeConfig } from '@allmende/config';
import { ChildProcess, GitProcess, parseRefUpdates, RepositoryStorage } from '@allmende/git';
import { UserPrincipal } from '@allmende/identity';
import { PushService } from '@allmende/repos';
import { GitAccessMode, GitAccessService } from './git-access.service';
import { GitConcurrency } from './git-concurrency';
import { GitHttpError } from './git-http.error';

type Service = 'git-upload-pack' | 'git-receive-pack';

const MODE: Record<Service, GitAccessMode> = { 'git-upload-pack': 'read', 'git-receive-pack': 'write' };
const GIT_PROTOCOL = /^[A-Za-z0-9=:.,_-]{1,100}$/;

/**
 * Git smart HTTP: authenticates and authorises, then streams between the client and
 * `git upload-pack` / `git receive-pack --stateless-rpc`. Nothing is buffered, and the git
 * process dies with the client's connection.
 */
@Controller('git')
export class GitHttpController {
  private readonly logger = new Logger('GitHttp');

  constructor(
    private readonly access: GitAccessService,
    private readonly concurrency: GitConcurrency,
    private readonly git: GitProcess,
    private readonly storage: RepositoryStorage,
    private readonly pushes: PushService,
    @Inject(ALLMENDE_CONFIG) private readonly config: AllmendeConfig,
  ) {}

  @Get(':namespace/:repository/info/refs')
  async advertise(
    @Param('namespace') namespace: string,
    @Param('repository') repository: string,
    @Query('service') service: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.answer(response, async () => {
      if (service !== 'git-upload-pack' && service !== 'git-receive-pack') {
        throw new GitHttpError(403, 'only the smart HTTP protocol is supported (git 1.6.6 or newer)');
      }
      const { repository: target } = await this.access.authorize(request, namespace, repository, MODE[service]);
      const release = this.concurrency.acquire(target.id, clientKey(request));
      const protocol = gitProtocol(request);
      response.status(200).set(noCache()).type(`application/x-${service}-advertisement`);
      // Protocol v2 starts with its capability list; v0 with the service announcement.
      if (!protocol?.includes('version=2')) response.write(pktLine(`# service=${service}\n`) + '0000');
      const child = this.git.spawn([service.slice(4), '--stateless-rpc', '--advertise-refs', this.storage.pathOf(target.id)], {
        env: protocol ? { GIT_PROTOCOL: protocol } : {},
      });
      await this.stream(request, response, child, release, undefined);
    });
  }

  @Post(':namespace/:repository/git-upload-pack')
  async uploadPack(@Param('namespace') namespace: string, @Param('repository') repository: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.answer(response, async () => {
      const { repository: target } = await this.access.authorize(request, namespace, repository, 'read');
      const release = this.concurrency.acquire(target.id, clientKey(request));
      const protocol = gitProtocol(request);
      response.status(200).set(noCache()).type('application/x-git-upload-pack-result');
      const child = this.git.spawn(['upload-pack', '--stateless-rpc', this.storage.pathOf(target.id)], {
        env: protocol ? { GIT_PROTOCOL: protocol } : {},
      });
      await this.stream(request, response, child, release, request);
    });
  }

  @Post(':namespace/:repository/git-receive-pack')
  async receivePack(@Param('namespace') namespace: string, @Param('repository') repository: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.answer(response, async () => {
      const { repository: target, actor } = await this.access.authorize(request, namespace, repository, 'write');
      const scratch = join(this.config.dataDir, 'tmp');
      await mkdir(scratch, { recursive: true });
      const release = this.concurrency.acquire(target.id, clientKey(request));
      const pushLog = join(scratch, `push-${randomUUID()}`);
      response.status(200).set(noCache()).type('application/x-git-receive-pack-result');
      const child = this.git.spawn(['receive-pack', '--stateless-rpc', this.storage.pathOf(target.id)], {
        env: {
          ALLMENDE_PUSH_LOG: pushLog,
          ALLMENDE_PROTECTED_REF: `refs/heads/${target.defaultBranch}`,
          ALLMENDE_ALLOW_FORCE_PUSH: target.allowForcePush ? '1' : '0',
        },
      });
      try {
        await this.stream(request, response, child, release, request, async () => {
          const updates = parseRefUpdates(await readFile(pushLog, 'utf8').catch(() => ''));
          await this.pushes.record(target, actor as UserPrincipal, updates);
        });
      } finally {
        await rm(pushLog, { force: true });
      }
    });
  }

  /**
   * Pipes the request body (gunzipped when git compressed it) into the process and its
   * output to the client. `beforeEnd` runs after git finished and before the response ends,
   * so a push is recorded before the client hears it succeeded.
   */
  private async stream(
    request: Request,
    response: Response,
    child: ChildProcess,
    release: () => void,
    body: Request | undefined,
    beforeEnd?: () => Promise<void>,
  ): Promise<void> {
    // The slot is free as soon as git is gone, whatever happens to the connection.
    child.once('close', release);
    const killOnDisconnect = () => {
      if (!response.writableFinished) child.kill('SIGKILL');
    };
    response.once('close', killOnDisconnect);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-2000)));
    try {
      const exited = new Promise<number | null>((resolve, reject) => {
        child.once('error', reject);
        child.once('close', resolve);
      });
      const input = body
        ? pipeline(request.headers['content-encoding'] === 'gzip' ? request.pipe(createGunzip()) : request, child.stdin!).catch(() => child.kill('SIGKILL'))
        : (child.stdin?.end(), Promise.resolve());
      child.stdout?.pipe(response, { end: false });
      const code = await exited;
      await input;
      if (code !== 0 && stderr) this.logger.warn(`git exited with ${code}: ${stderr.trim().split('\n').pop()}`);
      if (code === 0 && beforeEnd) await beforeEnd();
      response.end();
    } finally {
      response.off('close', killOnDisconnect);
      release();
    }
  }

  private async answer(response: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (response.headersSent) {
        this.logger.error(`git request failed after the answer started: ${error instanceof Error ? error.message : String(error)}`);
        response.destroy();
        return;
      }
      if (error instanceof GitHttpError) {
        response.status(error.status).set(error.headers).type('text/plain').send(`${error.message}\n`);
        return;
      }
      this.logger.error(`git request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      response.status(500).type('text/plain').send('internal error\n');
    }
  }
}

function pktLine(text: string): string {
  return (text.length + 4).toString(16).padStart(4, '0') + text;
}

function noCache(): Record<string, string> {
  return { 'Cache-Control': 'no-cache, max-age=0, must-revalidate', Pragma: 'no-cache', Expires: 'Fri, 01 Jan 1980 00:00:00 GMT' };
}

function gitProtocol(request: Request): string | undefined {
  const header = request.headers['git-protocol'];
  return typeof header === 'string' && GIT_PROTOCOL.test(header) ? header : undefined;
}

function clientKey(request: Request): string {
  const auth = request.headers.authorization;
  return auth ? `auth:${auth.slice(-16)}` : `ip:${request.socket.remoteAddress ?? 'unknown'}`;
}
