export * from './lib/secrets/secret-scan.types';
export { scanSecrets, MAX_FINDINGS_PER_RULE } from './lib/secrets/secret-scanner';
