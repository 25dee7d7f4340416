export * from './lib/yaml-limits';
