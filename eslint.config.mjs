// Lint rules for the monorepo. The layer rules live here too: @nx/enforce-module-boundaries
// reads the tags in each project.json (see README "Layout").
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const bannedInDomain = ['@nestjs/graphql', '@nestjs/apollo', '@apollo/*', 'graphql', 'express', '@nestjs/platform-express'];

/** Who may import whom. Tests beside the code may also use the testing helpers. */
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
  layer.sourceTag === 'type:testing' ? layer : { ...layer, onlyDependOnLibsWithTags: [...layer.onlyDependOnLibsWithTags, 'type:testing'] },
);

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'tmp/', '.allmende/', '.nx/', 'coverage/', '**/*.js', '**/*.mjs'] },
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
  {
    // Generated SQL statements are kept verbatim as the migration tool wrote them.
    files: ['migrations/**/*.ts'],
    rules: { quotes: 'off' },
  },
);
