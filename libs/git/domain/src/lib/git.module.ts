import { Module } from '@nestjs/common';
import { RepositoryActivityReader } from './activity/repository-activity.reader';
import { GitProcess } from './process/git-process';
import { GitObjectCache } from './read/git-object-cache';
import { GitReader } from './read/git-reader.service';
import { GitEnvironment } from './storage/git-environment';
import { RepositoryStorage } from './storage/repository-storage.service';
import { CommitTreeReader } from './tree/commit-tree.reader';
import { DirectoryTreeReader } from './tree/directory-tree.reader';

const providers = [GitEnvironment, GitProcess, RepositoryStorage, GitObjectCache, GitReader, CommitTreeReader, DirectoryTreeReader, RepositoryActivityReader];

@Module({ providers, exports: providers })
export class GitModule {}
