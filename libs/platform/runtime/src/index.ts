export * from './lib/demo/demo-seed.service';
export * from './lib/infrastructure';
export * from './lib/platform-core.module';
export * from './lib/platform.entities';
export * from './lib/platform.module';
export * from './lib/run-main';
export * from './lib/start-platform';
