// Compiles apps, libs and migrations to dist/ with SWC. Type checking is `npm run typecheck`;
// this step only transpiles, rewriting the @allmende/* path aliases to relative imports.
import { transformFile } from '@swc/core';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const sources = ['apps', 'libs', 'migrations'];
// Test fixtures are helpers of specs, not code the platform runs.
const skipped = /\.(spec|int-spec|e2e-spec|fixtures)\.ts$|\.d\.ts$/;

const swcrc = JSON.parse(await readFile(join(root, '.swcrc'), 'utf8'));
const { compilerOptions } = JSON.parse(await readFile(join(root, 'tsconfig.base.json'), 'utf8'));

async function* walk(directory) {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') yield* walk(path);
    else if (entry.isFile() && path.endsWith('.ts') && !skipped.test(path)) yield path;
  }
}

// Without --clean files are overwritten in place, so a running server is not pulled out from under.
if (process.argv.includes('--clean')) await rm(out, { recursive: true, force: true });
let count = 0;
const jobs = [];
for (const source of sources) {
  for await (const file of walk(join(root, source))) {
    jobs.push(
      (async () => {
        const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
        const { code, map } = await transformFile(file, {
          ...swcrc,
          swcrc: false,
          filename: file,
          sourceFileName: relative(dirname(target), file),
          jsc: { ...swcrc.jsc, baseUrl: root, paths: compilerOptions.paths },
        });
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
        if (map) await writeFile(`${target}.map`, map);
        count += 1;
      })(),
    );
  }
}
await Promise.all(jobs);

// The license detector's normalised SPDX reference texts, so no process pays for computing them.
const referenceModule = join(out, 'libs/licensing/src/lib/text/license-reference-texts.js');
const { computeLicenseReferences, PRECOMPUTED_REFERENCES_FILE } = createRequire(import.meta.url)(referenceModule);
await writeFile(join(dirname(referenceModule), PRECOMPUTED_REFERENCES_FILE), JSON.stringify(computeLicenseReferences()));
console.log(`built ${count} files into dist/`);
