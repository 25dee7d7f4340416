export * from './lib/push/push.entity';
export * from './lib/push/push.service';
export * from './lib/repos.entities';
export * from './lib/repos.error';
export * from './lib/repos.module';
export * from './lib/repository/repository.entity';
export * from './lib/repository/repository.rules';
export * from './lib/repository/repository.service';
