export * from './lib/secrets/secret-scan.types';
