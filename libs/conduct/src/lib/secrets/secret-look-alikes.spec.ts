import { createHmac } from 'node:crypto';
import { BASE62, fakeGithubToken, fakeJwt, fakePem, randomChars } from './fake-secrets.fixture';
import { scanSecrets } from './secret-scanner';

const join = (...parts: string[]) => parts.join('');
const rulesIn = (path: string, content: string) => scanSecrets([{ path, content }]).map((finding) => finding.rule);

/** jwt.io's introductory token, rebuilt from the key jwt.io prints beside it. */
function jwtIoExample(): string {
  const unsigned = ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ'].join('.');
  return `${unsigned}.${createHmac('sha256', join('your-256', '-bit-secret')).update(unsigned).digest('base64url')}`;
}

describe('scanSecrets stays silent on', () => {
  describe('key material that is not a private key', () => {
    it('a public key', () => {
      expect(rulesIn('keys/deploy.pub.pem', fakePem('PUBLIC KEY', 400))).toEqual([]);
    });

    it('a certificate', () => {
      expect(rulesIn('certs/ca.crt', fakePem('CERTIFICATE', 1600))).toEqual([]);
    });

    it('a private key header with the body elided in documentation', () => {
      expect(rulesIn('docs/tls.md', join('-----BEGIN', ' PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n-----END PRIVATE KEY-----'))).toEqual([]);
    });

    it('a private key header with no body, as code that writes PEM does', () => {
      expect(rulesIn('src/pem.ts', "const header = '-----BEGIN RSA PRIVATE KEY-----';\nconst footer = '-----END RSA PRIVATE KEY-----';")).toEqual([]);
    });

    it('a private key block filled with a repeated character', () => {
      expect(rulesIn('docs/key.md', fakePem('PRIVATE KEY', 1000).replace(/^[A-Za-z0-9+/]+$/gm, (line) => 'A'.repeat(line.length)))).toEqual([]);
    });
  });

  describe('tokens that say they are not real', () => {
    it("AWS's documentation key pair", () => {
      const config = join('[default]\naws_access_key_id = AKIA', 'IOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY\n');
      expect(rulesIn('docs/aws-config.ini', config)).toEqual([]);
    });

    it('an AWS key id of X characters', () => {
      expect(rulesIn('README.md', join('AWS_ACCESS_KEY_ID=AKIA', 'X'.repeat(16)))).toEqual([]);
    });

    it('GitHub tokens made of one character or saying "your token here"', () => {
      expect(rulesIn('docs/setup.md', join('token: ghp_', 'x'.repeat(36), '\nother: ghp_your_token_here'))).toEqual([]);
    });

    it('a GitHub-format token in a test that says it is fake', () => {
      expect(rulesIn('src/client.spec.ts', `const token = '${join('gh', 'p_', 'fakeTokenForTests', randomChars(BASE62, 19, 3))}';`)).toEqual([]);
    });

    it('a GitHub token one character short, and one glued to a word', () => {
      const token = fakeGithubToken();
      expect(rulesIn('notes.txt', `${token.slice(0, -1)}\nprefix${token}`)).toEqual([]);
    });

    it('GitLab, Slack and Google keys as placeholders', () => {
      const text = join('glpat-', 'x'.repeat(20), '\nxoxb-your-bot-token\nxoxb-', '0'.repeat(12), '-', '0'.repeat(13), '-', 'X'.repeat(24), '\nAIza', 'Sy', '_your_google_api_key_here_1234567');
      expect(rulesIn('docs/integrations.md', text)).toEqual([]);
    });

    it("Slack's documentation webhook", () => {
      expect(rulesIn('docs/alerts.md', join('https://hooks.slack.com/services/', 'T00000000/B00000000/', 'X'.repeat(24)))).toEqual([]);
    });

    it("the Azurite emulator's published account key", () => {
      const key = join('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw==');
      expect(rulesIn('local.settings.json', `{"AzureWebJobsStorage": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};"}`)).toEqual([]);
    });
  });

  describe('JWT look-alikes', () => {
    it("jwt.io's introductory token", () => {
      expect(rulesIn('docs/auth.md', `Authorization: Bearer ${jwtIoExample()}`)).toEqual([]);
    });

    it('an unsigned token (alg none), which proves nothing', () => {
      const [header, payload] = fakeJwt({ sub: 'anyone' }, { alg: 'none' }).split('.');
      expect(rulesIn('src/parse.spec.ts', `parse('${header}.${payload}.');`)).toEqual([]);
    });

    it('base64 JSON without alg, such as an inline source map', () => {
      const map = Buffer.from(JSON.stringify({ version: 3, sources: ['a.ts'], mappings: 'AAAA' })).toString('base64');
      expect(rulesIn('dist/a.js', `//# sourceMappingURL=data:application/json;base64,${map}`)).toEqual([]);
    });
  });

  describe('URLs whose password is a placeholder', () => {
    it.each([
      ['a template variable', 'postgres://app:${DB_PASSWORD}@db:5432/app'],
      ['the word password', 'postgres://user:password@localhost/db'],
      ['angle brackets', 'mongodb://admin:<password>@cluster0.mongodb.net'],
      ['a format string', 'amqp://%s:%s@%s:5672'],
      ['a Jinja variable', 'redis://:{{ redis_password }}@cache:6379/0'],
      ['the user name again', 'amqp://guest:guest@rabbit:5672'],
      ['a documentation host', 'https://alice:Wz9qT4mVbK2x@example.com/repo.git'],
      ['a mask', 'smtp://mailer:********@mail.city.de:587'],
      ['made-up words', "parse('postgres://someuser:somepassword@somehost:381/somedatabase')"],
      ['a percent-encoded worn password', 'https://user:p%40ss@host.city.de'],
      ['digits in a row', 'redis://:123@174.129.42.52:13271'],
    ])('%s', (_name, url) => {
      expect(rulesIn('config/urls.txt', url)).toEqual([]);
    });

    it('a URL with a user and no password', () => {
      expect(rulesIn('go.mod', 'replace x => https://git@git.city.de/x.git')).toEqual([]);
    });
  });
});
