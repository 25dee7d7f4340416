export * from './lib/git.module';
export * from './lib/process/git-process';
export * from './lib/push/ref-update';
export * from './lib/storage/git-environment';
export * from './lib/storage/repository-storage.service';
export * from './lib/read/git-read.error';
export * from './lib/read/git-reader.service';
