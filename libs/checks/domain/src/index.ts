export * from './lib/check-run.entity';
export * from './lib/check-run.service';
export * from './lib/checks.entities';
export * from './lib/checks.module';
