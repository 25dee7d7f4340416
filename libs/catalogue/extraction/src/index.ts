export * from './lib/catalogue.types';
export * from './lib/component-extractor';
export * from './lib/hardening';
export * from './lib/extract-components';
