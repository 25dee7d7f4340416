export * from './lib/conduct.types';
export * from './lib/check/conduct-dependencies';
export * from './lib/language/language-detector';
