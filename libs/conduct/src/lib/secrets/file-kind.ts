/**
 * What kind of file a path names, as far as the secret rules care: lock files hold hashes by
 * the thousand, `.env` files hold values by design, and in program code and schemas a value is
 * a literal only between quotes (elsewhere it is an expression such as `process.env.TOKEN` or
 * a type such as `AccessToken!`).
 */
export type SecretFileKind = 'lock' | 'dotenv' | 'code' | 'config';

const LOCK_FILES = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'cargo.lock', 'go.sum',
  'composer.lock', 'poetry.lock', 'pipfile.lock', 'uv.lock', 'gemfile.lock', 'packages.lock.json', 'flake.lock',
  'mix.lock', 'pubspec.lock', 'podfile.lock', 'gradle.lockfile', 'package.resolved',
]);

/** `.env.example` and its kin are templates: their values are meant to be replaced. */
const DOTENV_TEMPLATES = new Set(['example', 'sample', 'template', 'dist']);

const CODE_EXTENSIONS = new Set([
  'js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'vue', 'svelte', 'py', 'rb', 'php', 'java', 'kt', 'kts', 'scala',
  'groovy', 'go', 'rs', 'c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'fs', 'vb', 'swift', 'm', 'mm', 'dart', 'lua', 'pl', 'pm',
  'r', 'jl', 'ex', 'exs', 'erl', 'clj', 'hs', 'ml', 'zig', 'nim', 'graphql', 'gql', 'prisma',
]);

export function secretFileKind(path: string): SecretFileKind {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (LOCK_FILES.has(name)) return 'lock';
  if (isDotenvName(name)) return 'dotenv';
  const dot = name.lastIndexOf('.');
  return dot > 0 && CODE_EXTENSIONS.has(name.slice(dot + 1)) ? 'code' : 'config';
}

function isDotenvName(name: string): boolean {
  if (name === '.env') return true;
  if (!name.startsWith('.env.')) return false;
  return !name
    .slice('.env.'.length)
    .split('.')
    .some((part) => DOTENV_TEMPLATES.has(part));
}

/** Git's own test: a NUL byte among the first 8,000 characters. */
export function looksBinary(content: string): boolean {
  return content.slice(0, 8000).includes('\0');
}
