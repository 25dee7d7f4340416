import { createHash } from 'node:crypto';
import {
  fakeAwsKeyId,
  fakeAzureAccountKey,
  fakeGithubToken,
  fakeGitlabToken,
  fakeGoogleApiKey,
  fakeJwt,
  fakeNpmToken,
  fakePassword,
  fakePem,
  fakeSlackToken,
  humanPassword,
} from './fake-secrets.fixture';
import { MAX_FINDINGS_PER_RULE, scanSecrets } from './secret-scanner';

describe('secret findings', () => {
  const token = fakeGithubToken();
  const files = [
    { path: 'src/a.ts', content: `const auth = '${token}';\n` },
    { path: 'test/fixtures/b.json', content: `{"token": "${token}"}\n` },
  ];

  describe('allow-list by path', () => {
    it('skips files matching a glob with **, and reports the rest', () => {
      expect(scanSecrets(files, { allowPaths: ['test/fixtures/**'] }).map((finding) => finding.path)).toEqual(['src/a.ts']);
    });

    it('matches a glob without a slash against file names at any depth', () => {
      expect(scanSecrets(files, { allowPaths: ['*.json'] }).map((finding) => finding.path)).toEqual(['src/a.ts']);
    });

    it('keeps * within one directory', () => {
      expect(scanSecrets(files, { allowPaths: ['test/*'] })).toHaveLength(2);
      expect(scanSecrets(files, { allowPaths: ['test/*/b.json'] })).toHaveLength(1);
    });
  });

  describe('fingerprints', () => {
    it('are sha256 of rule, path and secret, the same on every run', () => {
      const [first] = scanSecrets(files);
      const expected = createHash('sha256').update(`secret-github-token\0src/a.ts\0${token}`).digest('hex');
      expect(first.fingerprint).toBe(expected);
      expect(scanSecrets(files)[0].fingerprint).toBe(expected);
    });

    it('differ for the same secret in different files', () => {
      const [a, b] = scanSecrets(files);
      expect(a.fingerprint).not.toBe(b.fingerprint);
    });

    it('stay when the secret moves to another line', () => {
      const [before] = scanSecrets([files[0]]);
      const [after] = scanSecrets([{ path: 'src/a.ts', content: `// moved\n\n${files[0].content}` }]);
      expect(after.line).toBe(before.line + 2);
      expect(after.fingerprint).toBe(before.fingerprint);
    });

    it('allow-list exactly one finding, in any letter case', () => {
      const [a] = scanSecrets(files);
      expect(scanSecrets(files, { allowFingerprints: [a.fingerprint.toUpperCase()] }).map((finding) => finding.path)).toEqual(['test/fixtures/b.json']);
    });
  });

  describe('messages', () => {
    const secrets = [
      fakePem().split('\n').slice(1, -1).join(''),
      fakeAwsKeyId(),
      fakeGithubToken('o', 5),
      fakeGitlabToken(),
      fakeSlackToken(),
      fakeGoogleApiKey(),
      fakeAzureAccountKey(),
      fakeNpmToken(),
      fakeJwt(),
      fakePassword(16, 60),
      humanPassword(),
      fakePassword(32, 61),
    ];
    const [pem, aws, github, gitlab, slack, google, azure, npm, jwt, urlPassword, dotenvPassword, entropy] = secrets;
    const leaky = [
      { path: 'id_rsa', content: fakePem() },
      { path: 'all.txt', content: [aws, github, gitlab, slack, google, `AccountKey=${azure}`, npm, jwt, `postgres://app:${urlPassword}@db/app`].join('\n') },
      { path: '.env', content: `DB_PASSWORD=${dotenvPassword}` },
      { path: 'config.yaml', content: `client_secret: ${entropy}` },
    ];

    it('cover every rule of the test', () => {
      expect(new Set(scanSecrets(leaky).map((finding) => finding.rule)).size).toBe(12);
      expect(pem.length).toBeGreaterThan(1000);
    });

    it('never contain a secret, nor any eight characters of one in a row', () => {
      const messages = scanSecrets(leaky).map((finding) => finding.message);
      for (const secret of secrets) {
        for (let start = 0; start + 8 <= secret.length; start++) {
          const piece = secret.slice(start, start + 8);
          expect(messages.filter((message) => message.includes(piece))).toEqual([]);
        }
      }
    });

    it('name the kind, the place, the first characters and the length', () => {
      const [finding] = scanSecrets([files[0]]);
      expect(finding.message).toBe('GitHub token in src/a.ts at line 1, column 15 ("ghp_…", 40 characters); revoke it: removing it from the files leaves it in the history');
    });

    it('show fewer characters of a short secret', () => {
      const [finding] = scanSecrets([{ path: '.env', content: `DB_PASSWORD=${humanPassword()}` }]);
      expect(finding.message).toContain('("So…", 11 characters)');
    });
  });

  describe('limits', () => {
    it(`reports at most ${MAX_FINDINGS_PER_RULE} findings of a rule per file and says how many more there are`, () => {
      const content = Array.from({ length: 25 }, (_, index) => fakeGithubToken('p', 100 + index)).join('\n');
      const findings = scanSecrets([{ path: 'dump.txt', content }, { path: 'other.txt', content: fakeGithubToken() }]);
      expect(findings.filter((finding) => finding.path === 'dump.txt')).toHaveLength(MAX_FINDINGS_PER_RULE);
      expect(findings.filter((finding) => finding.path === 'dump.txt').at(-1)?.message).toContain('; 15 more of this kind in the file are not listed');
      expect(findings.filter((finding) => finding.path === 'other.txt')).toHaveLength(1);
    });

    it('counts lines and columns from 1, with \\r\\n and \\r line ends', () => {
      const content = `first\r\nsecond\rthird ${token}\r\n`;
      expect(scanSecrets([{ path: 'crlf.txt', content }]).map(({ line, column }) => ({ line, column }))).toEqual([{ line: 3, column: 7 }]);
    });

    it('skips binary files and files over maxFileBytes', () => {
      expect(scanSecrets([{ path: 'logo.png', content: `\u0089PNG\r\n\u001a\n\0\0${token}` }])).toEqual([]);
      expect(scanSecrets([{ path: 'big.txt', content: `${'x'.repeat(2000)}\n${token}` }], { maxFileBytes: 1000 })).toEqual([]);
      expect(scanSecrets([{ path: 'big.txt', content: `${'ä'.repeat(500)}\n${token}` }], { maxFileBytes: 1000 })).toEqual([]);
    });

    it('takes the entropy threshold and minimum length from the options', () => {
      const file = { path: 'c.yaml', content: `api_token: ${fakePassword(14, 62)}` };
      expect(scanSecrets([file])).toHaveLength(1);
      expect(scanSecrets([file], { minSecretLength: 20 })).toEqual([]);
      expect(scanSecrets([file], { entropyThreshold: 4.5 })).toEqual([]);
    });
  });
});
