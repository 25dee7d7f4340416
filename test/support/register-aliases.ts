import Module from 'node:module';
import { join } from 'node:path';

/**
 * Jest loads global setup outside its module system, so the `@allmende/*` path aliases that
 * tests get from moduleNameMapper are resolved here from tsconfig.base.json instead.
 */
const root = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compilerOptions } = require(join(root, 'tsconfig.base.json')) as { compilerOptions: { paths: Record<string, string[]> } };
const aliases = new Map(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [alias, join(root, target)]));

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleWithResolver = Module as unknown as { _resolveFilename: Resolve };
const resolve = moduleWithResolver._resolveFilename;
moduleWithResolver._resolveFilename = (request, ...rest) => resolve(aliases.get(request) ?? request, ...rest);
