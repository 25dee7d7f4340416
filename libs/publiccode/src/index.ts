export * from './lib/publiccode.types';
export * from './lib/publiccode-validator';
export * from './lib/files/directory-files';
