import { Module } from '@nestjs/common';
import { GitProcess } from './process/git-process';
import { GitEnvironment } from './storage/git-environment';
import { RepositoryStorage } from './storage/repository-storage.service';

const providers = [GitEnvironment, GitProcess, RepositoryStorage];

@Module({ providers, exports: providers })
export class GitModule {}
