import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

interface Probe {
  /** Where the source pretends to live: a path inside a real project. Nothing is written there. */
  file: string;
  source: string;
  expectedErrors: number;
  why: string;
}

/**
 * Lints the probes with ESLint's own API (`lintText` with a `filePath`) in a child process:
 * eslint.config.mjs is an ES module, which Jest's CommonJS runtime cannot import.
 */
const LINT_PROBES = `
import { ESLint } from 'eslint';
const probes = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const probe of probes) {
  const [result] = await eslint.lintText(probe.source, { filePath: probe.file });
  results.push({ file: probe.file, messages: result.messages.map(({ ruleId, message }) => ({ ruleId, message })) });
}
process.stdout.write(JSON.stringify(results));
`;

/** The layer rules of eslint.config.mjs (README "Layout"), proven on sources in real project folders. */
describe('module boundaries', () => {
  const probes: Probe[] = [
    ...['graphql', '@nestjs/graphql', '@nestjs/apollo', '@apollo/server', 'express', '@nestjs/platform-express'].map((module) => ({
      file: 'libs/repos/domain/src/lib/probe.ts',
      source: `import '${module}';\n`,
      expectedErrors: 1,
      why: `domain code must not import ${module}`,
    })),
    { file: 'libs/shared/util/src/lib/probe.ts', source: "import 'express';\n", expectedErrors: 1, why: 'shared code must not import express' },
    { file: 'libs/repos/domain/src/lib/probe.ts', source: "import '@allmende/identity-adapters';\n", expectedErrors: 1, why: 'domain must not import adapters' },
    { file: 'libs/repos/domain/src/lib/probe.ts', source: "import '@allmende/identity';\n", expectedErrors: 0, why: 'domain may import another domain' },
    { file: 'libs/shared/util/src/lib/probe.ts', source: "import '@allmende/identity';\n", expectedErrors: 1, why: 'shared must not import domain' },
    { file: 'libs/repos/adapters/src/lib/probe.ts', source: "import '@allmende/runtime';\n", expectedErrors: 1, why: 'adapters must not import the runtime' },
    { file: 'migrations/probe.ts', source: "import '@allmende/util';\n", expectedErrors: 1, why: 'migrations import no project' },
    { file: 'apps/api/src/probe.ts', source: "import '../../worker/src/main';\n", expectedErrors: 1, why: 'apps must not import each other' },
    { file: 'libs/platform/runtime/src/lib/probe.ts', source: "import '@allmende/testing';\n", expectedErrors: 1, why: 'production code must not import testing helpers' },
    { file: 'libs/repos/domain/src/lib/probe.int-spec.ts', source: "import '@allmende/testing';\n", expectedErrors: 0, why: 'tests beside the code may use testing helpers' },
    {
      file: 'libs/repos/adapters/src/lib/probe.ts',
      source: "import 'graphql';\nimport '@nestjs/graphql';\nimport '@allmende/repos';\nimport '@allmende/identity-adapters';\n",
      expectedErrors: 0,
      why: 'adapters may use GraphQL, the domain and other adapters',
    },
    {
      file: 'apps/api/src/probe.ts',
      source: "import '@allmende/runtime';\nimport '@allmende/platform-adapters';\nimport '@allmende/config';\n",
      expectedErrors: 0,
      why: 'apps may use the runtime, adapters and shared code',
    },
  ];
  let boundaryErrors: string[][];

  beforeAll(() => {
    // A workspace-data folder of its own: no cached project graph, as on a fresh checkout, where
    // the rule would skip itself unless eslint.config.mjs builds the graph; and the shared .nx
    // cache is left alone.
    const workspaceData = mkdtempSync(join(tmpdir(), 'allmende-nx-'));
    try {
      const lint = spawnSync(process.execPath, ['--input-type=module', '--eval', LINT_PROBES, JSON.stringify(probes)], {
        cwd: ROOT,
        env: { ...process.env, NX_DAEMON: 'false', NX_WORKSPACE_DATA_DIRECTORY: workspaceData },
        encoding: 'utf8',
      });
      expect(lint.stderr).toBe('');
      expect(lint.status).toBe(0);
      const results = JSON.parse(lint.stdout) as { file: string; messages: { ruleId: string | null; message: string }[] }[];
      boundaryErrors = results.map((result) =>
        result.messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries').map((message) => message.message),
      );
    } finally {
      rmSync(workspaceData, { recursive: true, force: true });
    }
  });

  it.each(probes.map((probe, i) => [probe.why, probe, i] as const))('%s', (_why, probe, i) => {
    expect(boundaryErrors[i]).toHaveLength(probe.expectedErrors);
  });
});
