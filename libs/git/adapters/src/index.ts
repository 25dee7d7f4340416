export * from './lib/git-http.module';
