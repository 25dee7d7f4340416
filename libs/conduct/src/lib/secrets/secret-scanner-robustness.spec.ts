import { performance } from 'node:perf_hooks';
import { BASE64, fakeGithubToken, fakeJwt, fakePassword, randomChars } from './fake-secrets.fixture';
import { MAX_ASSIGNMENT_LINE } from './high-entropy';
import { MAX_FINDINGS_PER_RULE, scanSecrets } from './secret-scanner';

const MIB = 1024 * 1024;
/**
 * Generous for a shared CI machine. The slowest case here, 10 MiB of valid-looking tokens (one
 * every 40 characters, each checked and fingerprinted), took about 2 s on a developer machine,
 * most others well under 1 s; a scan that is quadratic anywhere would take hours.
 */
const TIME_LIMIT_MS = 5000;

/** Repeats `unit` to about `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

function timedScan(path: string, content: string) {
  const started = performance.now();
  const findings = scanSecrets([{ path, content }], { maxFileBytes: 32 * MIB });
  const ms = performance.now() - started;
  if (process.env['SECRET_SCAN_TIMINGS']) process.stdout.write(`${path}: ${content.length} characters in ${ms.toFixed(0)} ms\n`);
  return { findings, ms };
}

describe('secret scanner robustness', () => {
  const token = fakeGithubToken();

  it('scans a 10 MiB single-line file in linear time and finds a token at its end', () => {
    const bundle = fill(randomChars(`${BASE64}.,;:=(){}"' `, 65_536, 1), 10 * MIB);
    const { findings, ms } = timedScan('dist/bundle.min.js', `${bundle} ${token}`);
    expect(findings.map((finding) => finding.rule)).toEqual(['secret-github-token']);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('scans 10 MiB of long lines full of assignments, URLs and prefixes in linear time', () => {
    const line = fill('password=k:k=ghp_ eyJ.a://b:c@d ', MAX_ASSIGNMENT_LINE - 40);
    const { findings, ms } = timedScan('config.ini', fill(`${line}\n`, 10 * MIB));
    expect(findings).toEqual([]);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it.each([
    ['token prefixes', 'ghp_gho_glpat-xoxb-1234567-AIzanpm_almp_AKIA'],
    ['JWT fragments', 'eyJ.eyJ.'],
    ['URL fragments', 'a://b:c'],
    ['PEM headers', '-----BEGIN PRIVATE KEY-----'],
    ['connection string keys', 'AccountKey='],
    ['Slack webhook hosts', 'hooks.slack.com/services/'],
    ['GitHub tokens', `${fakeGithubToken('p', 7)} `],
    ['JSON Web Tokens', `${fakeJwt()} `],
    ['URLs with passwords', `https://u:${fakePassword(16, 8)}@h.city.de `],
  ])('stays linear on a 10 MiB line of repeated %s', (_name, unit) => {
    const { ms } = timedScan('hostile.txt', fill(unit, 10 * MIB));
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('stays linear on .env lines of unclosed templates under secret-looking keys, reporting the first few', () => {
    const line = `API_TOKEN=${fill('${{<%(#{$(', 1000)}\n`;
    const { findings, ms } = timedScan('.env', fill(line, 10 * MIB));
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('reads minified lines for tokens with a prefix but not for high-entropy guesses', () => {
    const padding = 'x'.repeat(MAX_ASSIGNMENT_LINE);
    const content = `var a={apiKey:"${fakePassword(32, 2)}",b:"${padding}",c:"${token}"};`;
    expect(scanSecrets([{ path: 'dist/app.min.js', content }]).map((finding) => finding.rule)).toEqual(['secret-github-token']);
    expect(scanSecrets([{ path: 'dist/app.js', content: `var a={apiKey:"${fakePassword(32, 2)}"};` }]).map((finding) => finding.rule)).toEqual(['secret-high-entropy']);
  });

  it('ignores files that are not text and tolerates odd input', () => {
    const odd = [
      { path: 'a.bin', content: `\0${token}` },
      { path: 'empty.txt', content: '' },
      { path: 'no-content', content: undefined as unknown as string },
    ];
    expect(scanSecrets(odd)).toEqual([]);
  });
});
