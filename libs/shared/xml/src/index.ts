export * from './lib/xml-limits';
export * from './lib/untrusted-xml';
export * from './lib/xml-values';
