import { expectLinearGrowth } from '@allmende/testing';
import { BASE64, fakeGithubToken, fakeJwt, fakePassword, randomChars } from './fake-secrets.fixture';
import { MAX_ASSIGNMENT_LINE } from './high-entropy';
import { MAX_FINDINGS_PER_RULE, scanSecrets } from './secret-scanner';

const KIB = 1024;
const MIB = 1024 * KIB;
/** A quarter of a megabyte takes tens of milliseconds: long enough to time, short enough to run a dozen times. */
const SIZES = { small: 256 * KIB, large: 2 * MIB };
/** How many lines: up to about 2 MiB of the longest lines. */
const LINES = { small: 256, large: 2048 };
/** Up to here lines are read for assignments (`password=...`) too. */
const LONGEST_ASSIGNMENT_LINE = MAX_ASSIGNMENT_LINE - 40;

/** Repeats `unit` to about `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

/** The file size limit well above the large inputs, so it spares the scanner none of them. */
const scanning = (path: string) => (content: string) => scanSecrets([{ path, content }], { maxFileBytes: 4 * SIZES.large });

describe('secret scanner robustness', () => {
  const token = fakeGithubToken();

  it('scans a single-line file in linear time and finds a token at its end', () => {
    const bundle = randomChars(`${BASE64}.,;:=(){}"' `, 65_536, 1);
    const findings = expectLinearGrowth((size) => `${fill(bundle, size)} ${token}`, scanning('dist/bundle.min.js'), SIZES);
    expect(findings.map((finding) => finding.rule)).toEqual(['secret-github-token']);
  });

  it('scans long lines full of assignments, URLs and prefixes in linear time, in their length and their number', () => {
    const line = (length: number) => `${fill('password=k:k=ghp_ eyJ.a://b:c@d ', length)}\n`;
    const scan = scanning('config.ini');
    expect(expectLinearGrowth((length) => line(length).repeat(LINES.small), scan, { small: LONGEST_ASSIGNMENT_LINE / 8, large: LONGEST_ASSIGNMENT_LINE })).toEqual([]);
    expect(expectLinearGrowth((lines) => line(LONGEST_ASSIGNMENT_LINE).repeat(lines), scan, LINES)).toEqual([]);
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
  ])('stays linear on a line of repeated %s', (_name, unit) => {
    expectLinearGrowth((size) => fill(unit, size), scanning('hostile.txt'), SIZES);
  });

  it('stays linear on .env lines of unclosed templates under secret-looking keys, in their length and their number, reporting the first few', () => {
    const line = (length: number) => `API_TOKEN=${fill('${{<%(#{$(', length)}\n`;
    const scan = scanning('.env');
    expect(expectLinearGrowth((length) => line(length).repeat(LINES.small), scan, { small: 125, large: 1000 })).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(expectLinearGrowth((lines) => line(1000).repeat(lines), scan, LINES)).toHaveLength(MAX_FINDINGS_PER_RULE);
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
