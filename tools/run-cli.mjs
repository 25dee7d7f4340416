// `npm run cli -- ...`: transpile (well under a second) and run the command line.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [join(root, 'tools/build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const cli = spawnSync(process.execPath, [join(root, 'dist/apps/cli/src/main.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(cli.status ?? 1);
