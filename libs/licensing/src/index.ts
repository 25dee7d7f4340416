export * from './lib/license-scan.types';
