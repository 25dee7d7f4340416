// `npm start`: the built platform with demo data unless ALLMENDE_DEMO says otherwise.
// Production deployments run dist/apps/api/src/main.js directly, where demo data is off.
import { createRequire } from 'node:module';

process.env.ALLMENDE_DEMO ??= '1';
createRequire(import.meta.url)('../dist/apps/api/src/main.js');
