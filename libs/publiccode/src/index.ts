export * from './lib/publiccode.types';
export * from './lib/publiccode-validator';
export * from './lib/files/directory-files';
export * from './lib/network/url-checker';
export { isPublicAddress } from './lib/network/public-address';
export { isWellFormedLanguageTag, parseLanguageTag, type LanguageTag } from './lib/checks/bcp47';
