export * from './lib/conduct.types';
export * from './lib/check/conduct-dependencies';
export * from './lib/language/language-detector';
export * from './lib/rules/conduct-rule-definitions';
export * from './lib/rules/conduct-rules';
export * from './lib/rules/conduct-rules.error';
export * from './lib/rules/conduct-rules.loader';
export * from './lib/rules/path-pattern';
