export * from './lib/license-scan.types';
export * from './lib/policy/license-policy';
export * from './lib/policy/license-policy.error';
export * from './lib/spdx/spdx-license-texts';
export * from './lib/declarations/spdx-license-data';
export * from './lib/declarations/spdx-expression';
export * from './lib/declarations/spdx-expression.types';
export * from './lib/scan/license-scanner';
