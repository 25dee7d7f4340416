import { Module } from '@nestjs/common';
import { GitProcess } from './process/git-process';
import { GitReader } from './read/git-reader.service';
import { GitEnvironment } from './storage/git-environment';
import { RepositoryStorage } from './storage/repository-storage.service';

const providers = [GitEnvironment, GitProcess, RepositoryStorage, GitReader];

@Module({ providers, exports: providers })
export class GitModule {}
