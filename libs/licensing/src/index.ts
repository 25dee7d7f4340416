export * from './lib/license-scan.types';
export * from './lib/policy/license-policy';
export * from './lib/policy/license-policy.error';
export * from './lib/spdx/spdx-license-data';
