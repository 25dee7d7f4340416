import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

interface Probe {
  file: string;
  source: string;
  expectedErrors: number;
  why: string;
}

/**
 * The layer rules of eslint.config.mjs, proven by linting probe files placed in real project
 * folders (ESLint runs as its own process: its config is an ES module Jest cannot load).
 */
describe('module boundaries', () => {
  const tag = randomBytes(4).toString('hex');
  const probes: Probe[] = [
    ...['graphql', '@nestjs/graphql', 'express', '@apollo/server'].map((module, i) => ({
      file: `libs/repos/domain/src/lib/probe-${tag}-${i}.ts`,
      source: `import '${module}';\n`,
      expectedErrors: 1,
      why: `domain code must not import ${module}`,
    })),
    { file: `libs/repos/domain/src/lib/probe-${tag}-a.ts`, source: "import '@allmende/platform-adapters';\n", expectedErrors: 1, why: 'domain must not import adapters' },
    { file: `libs/shared/util/src/lib/probe-${tag}-b.ts`, source: "import '@allmende/identity';\n", expectedErrors: 1, why: 'shared must not import domain' },
    { file: `libs/repos/domain/src/lib/probe-${tag}-c.ts`, source: "import '@allmende/testing';\n", expectedErrors: 1, why: 'production code must not import testing helpers' },
    { file: `libs/repos/domain/src/lib/probe-${tag}-d.int-spec.ts`, source: "import '@allmende/testing';\n", expectedErrors: 0, why: 'tests may use testing helpers' },
    { file: `libs/repos/adapters/src/lib/probe-${tag}-e.ts`, source: "import 'graphql';\nimport '@allmende/repos';\n", expectedErrors: 0, why: 'adapters may use GraphQL and the domain' },
  ];
  let errorsByFile: Map<string, string[]>;

  beforeAll(() => {
    for (const probe of probes) writeFileSync(join(ROOT, probe.file), probe.source);
    try {
      const env = { ...process.env, NX_DAEMON: 'false' };
      // The boundaries rule reads Nx's project graph; make it current first.
      expect(spawnSync('npx', ['nx', 'show', 'projects'], { cwd: ROOT, env, encoding: 'utf8' }).status).toBe(0);
      const lint = spawnSync('npx', ['eslint', '--format', 'json', ...probes.map((probe) => probe.file)], { cwd: ROOT, env, encoding: 'utf8' });
      const results = JSON.parse(lint.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
      errorsByFile = new Map(
        results.map((result) => [
          result.filePath.slice(ROOT.length + 1),
          result.messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries').map((message) => message.message),
        ]),
      );
    } finally {
      for (const probe of probes) rmSync(join(ROOT, probe.file), { force: true });
    }
  });

  it.each(probes.map((probe) => [probe.why, probe] as const))('%s', (_why, probe) => {
    expect(errorsByFile.get(probe.file)).toHaveLength(probe.expectedErrors);
  });
});
