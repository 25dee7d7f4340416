export * from './lib/yaml-limits';
export * from './lib/untrusted-yaml';
