// Lint rules for the monorepo. The layer rules live here too: @nx/enforce-module-boundaries
// reads the tags in each project.json (see README "Layout").
import { createProjectGraphAsync } from '@nx/devkit';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// @nx/enforce-module-boundaries only reads Nx's cached project graph and, when there is none,
// prints a warning and skips itself (exit code 0). Build the graph here so a plain `eslint .`
// on a fresh checkout, or after a project was added, checks the layers too. Without the daemon:
// lint should not leave a background process behind. Takes about a second.
{
  const daemon = process.env.NX_DAEMON;
  process.env.NX_DAEMON = 'false';
  try {
    await createProjectGraphAsync({ exitOnError: false });
  } finally {
    if (daemon === undefined) delete process.env.NX_DAEMON;
    else process.env.NX_DAEMON = daemon;
  }
}

const bannedInDomain = ['@nestjs/graphql', '@nestjs/apollo', '@apollo/*', 'graphql', 'express', '@nestjs/platform-express'];

/** Who may import whom. Tests beside the code may also use the testing helpers, and the migrations for a real schema. */
const LAYERS = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:runtime', 'type:adapter', 'type:domain', 'type:shared'] },
  { sourceTag: 'type:runtime', onlyDependOnLibsWithTags: ['type:adapter', 'type:domain', 'type:shared', 'type:migrations'] },
  { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:adapter', 'type:domain', 'type:shared'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:shared'], bannedExternalImports: bannedInDomain },
  { sourceTag: 'type:shared', onlyDependOnLibsWithTags: ['type:shared'], bannedExternalImports: bannedInDomain },
  { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:shared'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:runtime', 'type:adapter', 'type:domain', 'type:shared'] },
];
const TEST_FILES = ['**/*.spec.ts', '**/*.int-spec.ts'];
const LAYERS_FOR_TESTS = LAYERS.map((layer) =>
  layer.sourceTag === 'type:testing' ? layer : { ...layer, onlyDependOnLibsWithTags: [...layer.onlyDependOnLibsWithTags, 'type:testing', 'type:migrations'] },
);

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'tmp/', '.allmende/', '.nx/', 'coverage/', '**/*.js', '**/*.mjs', 'config/demo/'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, depConstraints: LAYERS }],
    },
  },
  {
    files: TEST_FILES,
    rules: { '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, depConstraints: LAYERS_FOR_TESTS }] },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: ['libs/shared/testing/**'],
    rules: { 'no-console': 'error' },
  },
);
