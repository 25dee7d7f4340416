import { randomBytes } from 'node:crypto';
import { GraphqlClient } from '@allmende/testing';
import { COMPLIANT, PUBLICCODE, SPDX_TEXTS } from './support/conduct-fixtures';
import { GitClient } from './support/git-client';
import { startPublisherSession, PublisherSession } from './support/publisher-session';
import { waitFor } from './support/wait-for';

interface Finding {
  rule: string;
  severity: string;
  path: string | null;
  line: number | null;
  message: string;
}
interface Criterion {
  id: string;
  level: string;
}
interface ConductState {
  repository: {
    id: string;
    checkRuns: { kind: string; status: string; summary: string | null; findings: Finding[] }[];
    conduct: { status: string; commit: string; truncated: boolean; findings: Finding[]; badges: { name: string; level: string | null; met: Criterion[]; missing: Criterion[] }[] } | null;
  } | null;
}

const STATE = `query($name: String!) { repository(namespace: "amt", name: $name) {
  id checkRuns { kind status summary findings { rule severity path line message } }
  conduct { status commit truncated findings { rule severity path line message } badges { name level met { id level } missing { id level } } } } }`;

/** A private key as git would commit it, made up here so this file holds none. */
const KEY_BODY = randomBytes(300).toString('base64').match(/.{1,70}/g)?.join('\n') ?? '';
const PRIVATE_KEY = ['-----BEGIN ', 'OPENSSH PRIVATE KEY-----\n', `${KEY_BODY}\n`, '-----END ', 'OPENSSH PRIVATE KEY-----\n'].join('');

/** The code-of-conduct check end to end: real pushes with the git command line, the worker, GraphQL. */
describe('code-of-conduct check', () => {
  let session: PublisherSession;
  let git: GitClient;
  let token: string;
  let owner: GraphqlClient;

  beforeAll(async () => {
    session = await startPublisherSession('carla', 'amt');
    ({ git, token, owner } = session);
  });

  afterAll(() => session.close());

  /** Pushes the files to a new public repository and waits until its CONDUCT run finished. */
  async function checked(name: string, files: Record<string, string>): Promise<NonNullable<ConductState['repository']>> {
    const created = await owner.ok<{ createRepository: { cloneUrl: string } }>(`mutation($input: CreateRepositoryInput!) { createRepository(input: $input) { cloneUrl } }`, {
      input: { namespace: 'amt', name, visibility: 'PUBLIC' },
    });
    const commit = await git.pushFiles(files, created.createRepository.cloneUrl, token);
    let state: ConductState['repository'] = null;
    await waitFor(async () => {
      state = (await owner.ok<ConductState>(STATE, { name })).repository;
      return state?.conduct?.commit === commit;
    }, 60_000);
    return state as unknown as NonNullable<ConductState['repository']>;
  }

  const rules = (findings: Finding[]) => findings.map((finding) => finding.rule);

  it('passes a compliant repository and shows its badges', async () => {
    const repository = await checked('portal', COMPLIANT);
    expect({ status: repository.conduct?.status, findings: repository.conduct?.findings.filter((finding) => finding.severity !== 'INFO') }).toEqual({ status: 'PASSED', findings: [] });
    expect(repository.conduct?.truncated).toBe(false);
    expect(repository.checkRuns.find((run) => run.kind === 'CONDUCT')).toMatchObject({ status: 'PASSED', summary: 'code of conduct met' });
    const badges = Object.fromEntries((repository.conduct?.badges ?? []).map((badge) => [badge.name, badge]));
    expect(Object.keys(badges).sort()).toEqual(['MAINTAINED', 'REUSABLE', 'SECURE']);
    expect(badges.SECURE.level).toBe('BRONZE');
    expect(badges.REUSABLE.level).not.toBeNull();
    // One commit and no release: not maintained yet, and the badge says what is missing.
    expect(badges.MAINTAINED).toMatchObject({ level: null });
    expect(badges.MAINTAINED.missing.length).toBeGreaterThan(0);
  });

  it('fails a repository that misses required files and holds a private key, each finding with path and line', async () => {
    const repository = await checked('leck', { LICENSE: SPDX_TEXTS.MIT.licenseText, 'README.md': '# Werkzeug\n\nEin kleines Werkzeug für die Verwaltung, das Daten zwischen Fachverfahren abgleicht.\n', 'deploy/id_ed25519': PRIVATE_KEY });
    expect(repository.conduct?.status).toBe('FAILED');
    const findings = repository.conduct?.findings ?? [];
    expect(rules(findings)).toEqual(expect.arrayContaining(['code-of-conduct', 'contributing', 'security-policy', 'publiccode']));
    const secret = findings.find((finding) => finding.path === 'deploy/id_ed25519');
    expect(secret).toMatchObject({ severity: 'ERROR', line: 1 });
    expect(JSON.stringify(findings)).not.toContain(KEY_BODY.slice(0, 16));
    expect(repository.checkRuns.find((run) => run.kind === 'CONDUCT')?.status).toBe('FAILED');
    expect(repository.conduct?.badges.find((badge) => badge.name === 'SECURE')?.level).toBeNull();
  });

  it('reports each error of an invalid publiccode.yml with its line', async () => {
    const broken = PUBLICCODE.replace('developmentStatus: stable', 'developmentStatus: fertig').replace('  - web\n', '  - web\n  - yes\n');
    const repository = await checked('kaputt', { ...COMPLIANT, 'publiccode.yml': broken });
    const publiccode = (repository.conduct?.findings ?? []).filter((finding) => finding.rule === 'publiccode');
    expect(repository.conduct?.status).toBe('FAILED');
    expect(publiccode.length).toBeGreaterThan(0);
    expect(publiccode.every((finding) => finding.path === 'publiccode.yml' && typeof finding.line === 'number')).toBe(true);
    expect(publiccode.map((finding) => finding.line)).toContain(PUBLICCODE.split('\n').indexOf('developmentStatus: stable') + 2);
  });

  it('refuses a YAML alias bomb and a 50 MB publiccode.yml quickly with a clear finding, and keeps working', async () => {
    const levels = Array.from({ length: 9 }, (_, level) => `l${level + 1}: &l${level + 1} [${Array(9).fill(`*l${level}`).join(', ')}]`);
    const bomb = `publiccodeYmlVersion: "0"\nl0: &l0 "lol"\n${levels.join('\n')}\nname: *l9\n`;
    const started = Date.now();
    const bombed = await checked('bombe', { ...COMPLIANT, 'publiccode.yml': bomb });
    const huge = await checked('riesig', { ...COMPLIANT, 'publiccode.yml': `${PUBLICCODE}${'# Kommentar, der die Datei aufbläht\n'.repeat(1_500_000)}` });
    expect(Date.now() - started).toBeLessThan(30_000);
    for (const repository of [bombed, huge]) {
      expect(repository.conduct?.status).toBe('FAILED');
      expect(repository.conduct?.findings.filter((finding) => finding.rule === 'publiccode' && finding.path === 'publiccode.yml').length).toBeGreaterThan(0);
    }
    expect(JSON.stringify(bombed.conduct?.findings)).toMatch(/alias/i);
    expect(JSON.stringify(huge.conduct?.findings)).toMatch(/larger|too large|size/i);
    // The worker is still there for the next push.
    expect((await checked('danach', COMPLIANT)).conduct?.status).toBe('PASSED');
  }, 120_000);

  it('judges files the check does not read by their real size', async () => {
    // 2 MiB is over what the check reads per file (1 MiB) and under the oversized-files limit (10 MiB).
    const media = randomBytes(2 * 1024 * 1024).toString('base64');
    const repository = await checked('medien', { ...COMPLIANT, 'media/film.txt': media, 'media/archiv.txt': `${media}${media}${media}${media}` });
    const oversized = (repository.conduct?.findings ?? []).filter((finding) => finding.rule === 'oversized-files');
    expect(oversized.map((finding) => finding.path)).toEqual(['media/archiv.txt']);
  });
});
