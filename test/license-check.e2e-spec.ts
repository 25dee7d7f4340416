import { CommitCheckRunner, LicenseCheckService } from '@allmende/checks';
import { JobQueue } from '@allmende/queue';
import { countQueries, GraphqlClient } from '@allmende/testing';
import { GitClient } from './support/git-client';
import { startPublisherSession, PublisherSession } from './support/publisher-session';
import type { TestPlatform } from './support/test-platform';
import { waitFor } from './support/wait-for';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SPDX_TEXTS = require('spdx-license-list/full') as Record<string, { licenseText: string }>;
const licenseText = (id: string) => SPDX_TEXTS[id].licenseText;

interface Finding {
  rule: string;
  severity: string;
  path: string | null;
  line: number | null;
  message: string;
}
interface LicenseReport {
  expression: string | null;
  status: string;
  outbound: string[];
  files: { path: string; spdxId: string; confidence: number; method: string }[];
  findings: Finding[];
  commit: string;
  checkedAt: string;
  reuse: { compliant: boolean; used: boolean };
  truncated: boolean;
}
interface CheckRun {
  id: string;
  kind: string;
  status: string;
  summary: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  findings: Finding[];
}
interface RepositoryState {
  repository: { id: string; headCommit: string | null; license: LicenseReport | null; checkRuns: CheckRun[] } | null;
}

const STATE = `query($name: String!) { repository(namespace: "stadt", name: $name) {
  id headCommit
  license { expression status outbound files { path spdxId confidence method } findings { rule severity path line message }
            commit checkedAt reuse { compliant used } truncated }
  checkRuns { id kind status summary startedAt finishedAt findings { rule severity path line message } } } }`;

const PACKAGE_JSON = (license: string) => JSON.stringify({ name: 'fachverfahren', version: '1.0.0', license }, null, 2) + '\n';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** The license check end to end: real pushes with the git command line, the worker, GraphQL. */
describe('license check', () => {
  let session: PublisherSession;
  let platform: TestPlatform;
  let git: GitClient;
  let token: string;
  let owner: GraphqlClient;

  beforeAll(async () => {
    session = await startPublisherSession('olga', 'stadt');
    ({ platform, git, token, owner } = session);
  });

  afterAll(() => session.close());

  /** Creates the repository, commits `files` and pushes them with git; returns the pushed commit. */
  async function push(name: string, files: Record<string, string | Buffer>, visibility = 'PUBLIC'): Promise<{ id: string; commit: string }> {
    const created = await owner.ok<{ createRepository: { id: string; cloneUrl: string } }>(
      `mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { id cloneUrl } }`,
      { input: { namespace: 'stadt', name, visibility } },
    );
    return { id: created.createRepository.id, commit: await git.pushFiles(files, created.createRepository.cloneUrl, token) };
  }

  async function state(name: string, client = owner): Promise<RepositoryState['repository']> {
    return (await client.ok<RepositoryState>(STATE, { name })).repository;
  }

  /** Polls until the LICENSE run of the head commit finished; returns the repository then. */
  async function checked(name: string): Promise<NonNullable<RepositoryState['repository']> & { run: CheckRun }> {
    let current: RepositoryState['repository'] = null;
    await waitFor(async () => {
      current = await state(name);
      const run = current?.checkRuns.find((candidate) => candidate.kind === 'LICENSE');
      return run !== undefined && !['QUEUED', 'RUNNING'].includes(run.status);
    }, 60_000);
    // Once the run is seen finished, its report is committed too; read both again, since one
    // response resolves checkRuns and license with separate queries that may straddle the commit.
    current = await state(name);
    const repository = current as unknown as NonNullable<RepositoryState['repository']>;
    return { ...repository, run: repository.checkRuns.find((candidate) => candidate.kind === 'LICENSE') as CheckRun };
  }

  const rules = (findings: Finding[]) => findings.map((finding) => finding.rule);

  describe('judges what was pushed', () => {
    it('passes a clean Apache-2.0 project', async () => {
      const { commit } = await push('apache', {
        LICENSE: licenseText('Apache-2.0'),
        'package.json': PACKAGE_JSON('Apache-2.0'),
        'src/index.js': "console.log('Hallo');\n",
      });
      const repository = await checked('apache');
      expect(repository.license).toMatchObject({ expression: 'Apache-2.0', status: 'ALLOWED', commit, truncated: false });
      expect(repository.license?.files).toContainEqual({ path: 'LICENSE', spdxId: 'Apache-2.0', confidence: expect.any(Number), method: expect.stringMatching(/^(EXACT|DICE)$/) });
      expect(repository.license?.files.find((file) => file.path === 'LICENSE')?.confidence).toBeGreaterThanOrEqual(95);
      expect(repository.run).toMatchObject({ status: 'PASSED', summary: 'Apache-2.0: allowed', startedAt: expect.any(String), finishedAt: expect.any(String) });
      expect(repository.run.findings.filter((finding) => finding.severity === 'ERROR')).toEqual([]);
    });

    it('passes a REUSE-compliant project and reports its SPDX tags and REUSE.toml annotations', async () => {
      await push('reuse', {
        'LICENSES/MIT.txt': licenseText('MIT'),
        'LICENSES/CC0-1.0.txt': licenseText('CC0-1.0'),
        'src/main.ts': '// SPDX-FileCopyrightText: 2025 Stadt Musterstadt\n// SPDX-License-Identifier: MIT\nexport const answer = 42;\n',
        'src/util.ts': '// SPDX-FileCopyrightText: 2025 Stadt Musterstadt\n// SPDX-License-Identifier: MIT\nexport {};\n',
        'README.md': '<!--\nSPDX-FileCopyrightText: 2025 Stadt Musterstadt\nSPDX-License-Identifier: CC0-1.0\n-->\n# Fachverfahren\n',
        'docs/logo.png': PNG,
        'docs/logo.png.license': 'SPDX-FileCopyrightText: 2025 Stadt Musterstadt\nSPDX-License-Identifier: CC0-1.0\n',
        'docs/diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
        'REUSE.toml': 'version = 1\n\n[[annotations]]\npath = "docs/*.svg"\nSPDX-FileCopyrightText = "2025 Stadt Musterstadt"\nSPDX-License-Identifier = "CC0-1.0"\n',
      });
      const repository = await checked('reuse');
      expect(repository.license).toMatchObject({ status: 'ALLOWED', reuse: { compliant: true, used: true } });
      expect(repository.license?.expression).toMatch(/MIT/);
      expect(repository.license?.files).toContainEqual(expect.objectContaining({ path: 'src/main.ts', spdxId: 'MIT', method: 'SPDX_TAG' }));
      expect(repository.license?.files).toContainEqual(expect.objectContaining({ path: 'REUSE.toml', spdxId: 'CC0-1.0', method: 'REUSE' }));
      expect(repository.run.status).toBe('PASSED');
    });

    it('sends a project whose manifest contradicts its LICENSE to review', async () => {
      await push('widerspruch', { LICENSE: licenseText('GPL-3.0'), 'package.json': PACKAGE_JSON('MIT') });
      const repository = await checked('widerspruch');
      expect(repository.license?.status).toBe('NEEDS_REVIEW');
      expect(rules(repository.license?.findings ?? [])).toContain('declared-license-mismatch');
      expect(repository.run.status).toBe('NEEDS_REVIEW');
      expect(rules(repository.run.findings)).toContain('declared-license-mismatch');
    });

    it('fails a project under a denied license', async () => {
      await push('nichtkommerziell', { LICENSE: licenseText('CC-BY-NC-SA-4.0'), 'README.md': '# Nur für Behörden\n' });
      const repository = await checked('nichtkommerziell');
      expect(repository.license).toMatchObject({ expression: 'CC-BY-NC-SA-4.0', status: 'DENIED' });
      expect(repository.run).toMatchObject({ status: 'FAILED', summary: 'CC-BY-NC-SA-4.0: denied by the license policy' });
    });

    it('fails a project that declares a denied license in its manifest and SPDX tags', async () => {
      await push('sspl', {
        'package.json': PACKAGE_JSON('SSPL-1.0'),
        'src/server.js': '// SPDX-License-Identifier: SSPL-1.0\nmodule.exports = {};\n',
      });
      const repository = await checked('sspl');
      expect(repository.license).toMatchObject({ expression: 'SSPL-1.0', status: 'DENIED' });
      expect(repository.license?.files).toContainEqual(expect.objectContaining({ path: 'package.json', spdxId: 'SSPL-1.0', method: 'MANIFEST' }));
      expect(repository.run.status).toBe('FAILED');
    });

    it('fails a project without any license', async () => {
      await push('ohne-lizenz', { 'README.md': '# Ohne Lizenz\n', 'src/main.py': 'print("hallo")\n' });
      const repository = await checked('ohne-lizenz');
      expect(repository.license).toMatchObject({ expression: null, status: 'UNKNOWN', files: [] });
      expect(rules(repository.license?.findings ?? [])).toContain('no-license');
      expect(repository.run).toMatchObject({ status: 'FAILED', summary: 'no license found' });
    });
  });

  describe('is safe to repeat', () => {
    const rowCounts = async (repositoryId: string) =>
      (
        await platform.dataSource.query(
          `SELECT (SELECT count(*) FROM license_reports WHERE repository_id = $1)::int AS reports,
                  (SELECT count(*) FROM license_report_files f JOIN license_reports r ON r.id = f.report_id WHERE r.repository_id = $1)::int AS files`,
          [repositoryId],
        )
      )[0] as { reports: number; files: number };

    it('changes nothing when the job is delivered again after it finished', async () => {
      const before = await checked('apache');
      const counts = await rowCounts(before.id);
      expect(counts.reports).toBe(1);
      const queue = platform.platform.app.get(JobQueue);
      const done = async () => {
        const jobs = (await queue.counts())['license-checks'];
        return (jobs.completed ?? 0) + (jobs.failed ?? 0);
      };
      const finishedJobs = await done();
      await queue.enqueue('check.license', { repositoryId: before.id, commit: before.headCommit as string, checkRunId: before.run.id }, { jobId: `again-${before.run.id}` });
      await waitFor(async () => (await done()) > finishedJobs);
      const after = await checked('apache');
      expect(after.run).toEqual(before.run);
      expect(after.license).toEqual(before.license);
      expect(await rowCounts(before.id)).toEqual(counts);
    });

    it('writes one report when two deliveries of an unfinished run race each other', async () => {
      const before = await checked('apache');
      const counts = await rowCounts(before.id);
      // As if the worker had died after starting: the run is open again and two workers pick it up.
      await platform.dataSource.query(`UPDATE check_runs SET status = 'RUNNING', finished_at = NULL WHERE id = $1`, [before.run.id]);
      const runner = platform.platform.app.get(CommitCheckRunner, { strict: false });
      const check = platform.platform.app.get(LicenseCheckService, { strict: false });
      const payload = { repositoryId: before.id, commit: before.headCommit as string, checkRunId: before.run.id };
      await Promise.all([runner.run(check, payload, { attempt: 1, maxAttempts: 5 }), runner.run(check, payload, { attempt: 1, maxAttempts: 5 })]);
      const after = await checked('apache');
      expect(after.run).toMatchObject({ status: 'PASSED', summary: before.run.summary, startedAt: before.run.startedAt });
      expect(after.license).toMatchObject({ status: before.license?.status, expression: before.license?.expression, files: before.license?.files });
      expect(await rowCounts(before.id)).toEqual(counts);
    });

    it('ends the run in ERROR when the repository was deleted before the job ran', async () => {
      const { id, commit } = await push('geloescht', { LICENSE: licenseText('MIT') });
      const finished = await checked('geloescht');
      // The check of a repository deleted while its job waits: reopen the run, delete, redeliver.
      await platform.dataSource.query(`UPDATE check_runs SET status = 'QUEUED', finished_at = NULL, started_at = NULL WHERE id = $1`, [finished.run.id]);
      await owner.ok(`mutation($id: ID!) { deleteRepository(id: $id) }`, { id });
      await platform.platform.app.get(JobQueue).enqueue('check.license', { repositoryId: id, commit, checkRunId: finished.run.id }, { jobId: `deleted-${id}` });
      await waitFor(async () => {
        const [run] = await platform.dataSource.query('SELECT status FROM check_runs WHERE id = $1', [finished.run.id]);
        return run?.status === 'ERROR';
      });
      const [run] = await platform.dataSource.query('SELECT status, summary, finished_at FROM check_runs WHERE id = $1', [finished.run.id]);
      expect(run).toMatchObject({ status: 'ERROR', summary: 'the repository was deleted before the check ran', finished_at: expect.any(Date) });
    });
  });

  describe('in the API', () => {
    it('is null before the first push', async () => {
      await owner.ok(`mutation { createRepository(input: { namespace: "stadt", name: "leer", visibility: PUBLIC }) { id } }`);
      expect(await state('leer')).toMatchObject({ headCommit: null, license: null, checkRuns: [] });
    });

    it('publishes the license policy to anyone', async () => {
      const { licensePolicy } = await platform.client().ok<{
        licensePolicy: { osiApproved: boolean; allowed: string[]; denied: string[]; alwaysAllowed: string[]; reviewRequired: string[]; unlisted: string; rules: { name: string; severity: string }[] };
      }>(`{ licensePolicy { osiApproved allowed denied alwaysAllowed reviewRequired unlisted rules { name severity } } }`);
      expect(licensePolicy).toMatchObject({ osiApproved: true, alwaysAllowed: ['EUPL-1.1', 'EUPL-1.2'], reviewRequired: [], unlisted: 'NEEDS_REVIEW' });
      expect(licensePolicy.allowed).toContain('CC0-1.0');
      expect(licensePolicy.denied).toEqual(expect.arrayContaining(['SSPL-1.0', 'CC-BY-NC-SA-4.0']));
      expect(licensePolicy.rules).toContainEqual({ name: 'no-license', severity: 'ERROR' });
      expect(licensePolicy.rules).toContainEqual({ name: 'declared-license-mismatch', severity: 'ERROR' });
    });

    it("keeps a private repository's license from outsiders", async () => {
      await push('intern', { LICENSE: licenseText('MIT') }, 'PRIVATE');
      expect((await checked('intern')).license?.status).toBe('ALLOWED');
      const outsider = platform.client(await platform.userWithToken('otto'));
      for (const client of [outsider, platform.client()]) {
        expect(await state('intern', client)).toBeNull();
        const listing = await client.ok<{ repositories: { edges: { node: { fullName: string; license: { status: string } | null } }[] } }>(
          `{ repositories(first: 100) { edges { node { fullName license { status } } } } }`,
        );
        expect(listing.repositories.edges.map((edge) => edge.node.fullName)).not.toContain('stadt/intern');
      }
    });

    it('costs the same few queries for a page of 2 or of all repositories', async () => {
      const query = `query($first: Int) { repositories(first: $first) { edges { node { fullName license { status expression files { path spdxId } findings { rule } } } } } }`;
      const small = await countQueries(platform.dataSource, () => owner.ok<{ repositories: { edges: unknown[] } }>(query, { first: 2 }));
      const large = await countQueries(platform.dataSource, () => owner.ok<{ repositories: { edges: { node: { license: unknown } }[] } }>(query, { first: 100 }));
      expect(large.result.repositories.edges.filter((edge) => edge.node.license !== null).length).toBeGreaterThanOrEqual(5);
      expect(large.queries.length).toBe(small.queries.length);
    });
  });
});
