import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALLMENDE_CONFIG, AllmendeConfig } from '@allmende/config';
import { POST_RECEIVE_HOOK, PRE_RECEIVE_HOOK } from './git-hooks';

/**
 * The platform's own git configuration and hooks under DATA_DIR/git. Every git process gets
 * this file as its only configuration: nothing from /etc/gitconfig or a user's ~/.gitconfig
 * can change what the server does.
 */
@Injectable()
export class GitEnvironment implements OnModuleInit {
  readonly root: string;
  readonly hooksPath: string;
  readonly configFile: string;
  readonly repositoriesRoot: string;
  private readonly home: string;

  constructor(@Inject(ALLMENDE_CONFIG) private readonly config: AllmendeConfig) {
    this.root = join(config.dataDir, 'git');
    this.hooksPath = join(this.root, 'hooks');
    this.configFile = join(this.root, 'gitconfig');
    this.home = join(this.root, 'home');
    this.repositoriesRoot = join(config.dataDir, 'repositories');
  }

  /** Rewritten at every start, so limits follow the configuration and hooks the code. */
  onModuleInit(): void {
    for (const directory of [this.hooksPath, this.home, this.repositoriesRoot]) mkdirSync(directory, { recursive: true, mode: 0o700 });
    writeFileSync(
      this.configFile,
      [
        '[safe]',
        // Every repository below DATA_DIR belongs to the platform.
        '\tdirectory = *',
        '[core]',
        `\thooksPath = ${this.hooksPath}`,
        '[receive]',
        '\tfsckObjects = true',
        `\tmaxInputSize = ${this.config.git.maxPushBytes}`,
        '\tdenyDeleteCurrent = true',
        '\tadvertisePushOptions = false',
        '[transfer]',
        '\tfsckObjects = true',
        '[uploadpack]',
        '\tallowFilter = true',
        // Partial clones fetch missing blobs later by id; only what refs reach is served.
        '\tallowReachableSHA1InWant = true',
        '[gc]',
        '\tauto = 0',
        '',
      ].join('\n'),
    );
    for (const [name, script] of [['pre-receive', PRE_RECEIVE_HOOK], ['post-receive', POST_RECEIVE_HOOK]]) {
      const file = join(this.hooksPath, name);
      writeFileSync(file, script);
      chmodSync(file, 0o755);
    }
  }

  variables(): Record<string, string> {
    return {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: this.home,
      LANG: 'C',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: this.configFile,
      GIT_TERMINAL_PROMPT: '0',
      GIT_ATTR_NOSYSTEM: '1',
      ALLMENDE_MAX_FILE_BYTES: String(this.config.git.maxFileBytes),
    };
  }
}
