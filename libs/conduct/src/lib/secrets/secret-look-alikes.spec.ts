import { createHmac } from 'node:crypto';
import { BASE62, BASE64, fakeGithubToken, fakeJwt, fakePassword, fakePem, humanPassphrase, humanPassword, randomChars } from './fake-secrets.fixture';
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

  describe('.env files that hold no secrets', () => {
    it('.env.example, .env.sample and .env.template with values made by hand', () => {
      const values = `DB_PASSWORD=${humanPassword()}\nSESSION_SECRET=${humanPassphrase()}\n`;
      expect(['.env.example', 'config/.env.sample', '.env.template'].flatMap((path) => rulesIn(path, values))).toEqual([]);
    });

    it('placeholders, references, empty values and keys that are not secret', () => {
      const env = 'PORT=3000\nTOKEN_TTL=3600\nSECRET_KEY=changeme\nAPI_TOKEN=\nDB_PASSWORD=${DB_PASSWORD}\nJWT_SECRET=your-secret-here\nAUTH_URL=https://login.city.de\n';
      expect(rulesIn('.env', env)).toEqual([]);
    });
  });

  describe('hashes and other values that are not secrets', () => {
    it.each([
      ['package-lock.json', `{"integrity": "sha512-${randomChars(BASE64, 86, 1)}==", "resolved": "https://registry.npmjs.org/a/-/a-1.0.0.tgz"}`],
      ['yarn.lock', `a@^1.0.0:\n  integrity sha512-${randomChars(BASE64, 86, 2)}==\n  token "${fakePassword(40, 3)}"\n`],
      ['pnpm-lock.yaml', `  /a@1.0.0:\n    resolution: {integrity: sha512-${randomChars(BASE64, 86, 4)}==}\n`],
      ['Cargo.lock', `[[package]]\nchecksum = "${randomChars('0123456789abcdef', 64, 5)}"\n`],
      ['go.sum', `golang.org/x/crypto v0.1.0 h1:${randomChars(BASE64, 43, 6)}=\n`],
      ['composer.lock', `"dist": {"shasum": "${randomChars('0123456789abcdef', 40, 7)}", "secret": "${fakePassword(30, 8)}"}`],
      ['poetry.lock', `files = [{file = "a.whl", hash = "sha256:${randomChars('0123456789abcdef', 64, 9)}"}]\n`],
      ['Gemfile.lock', `    auth_token (${fakePassword(24, 10)})\n`],
    ])('hashes in %s', (path, content) => {
      expect(rulesIn(path, content)).toEqual([]);
    });

    it('integrity and checksum fields outside lock files', () => {
      const json = `{"integrity": "sha384-${randomChars(BASE64, 64, 11)}", "tokenSha256": "${randomChars('0123456789abcdef', 64, 12)}"}`;
      expect(rulesIn('public/manifest.json', json)).toEqual([]);
    });

    it('a UUID under a secret-looking key', () => {
      expect(rulesIn('config.yaml', 'client_secret_id: 3f2b8c1e-9a4d-4e6b-8f0a-7c5d2e1b9a36\napi_token: 3f2b8c1e-9a4d-4e6b-8f0a-7c5d2e1b9a36\n')).toEqual([]);
    });

    it('code that reads a secret instead of holding it', () => {
      const code = 'const token = process.env.GITHUB_TOKEN;\npassword = os.environ["DB_PASSWORD"]\nconst apiKey = config.get("maps.apiKey");\n';
      expect(rulesIn('src/config.ts', code)).toEqual([]);
    });

    it('names of things rather than secrets', () => {
      const code = "const TOKEN_STORAGE_KEY = 'ACCESS_TOKEN_STORAGE_KEY';\nconst passwordField = 'passwordConfirmation';\nauthor: 'Verwaltung Musterstadt';\n";
      expect(rulesIn('src/constants.ts', code)).toEqual([]);
    });

    it('sentences under secret-looking keys, as in translations', () => {
      expect(rulesIn('i18n/de.json', '{"passwordTooShort": "Das Passwort muss mindestens 12 Zeichen haben"}')).toEqual([]);
    });

    it('values that say they are for tests', () => {
      const code = "apiKey: 'test-api-key-for-unit-tests-only',\npassword: 'dummy-password-0815-xyz',\nclient_secret: 'fake_client_secret_Q7wX2'\n";
      expect(rulesIn('src/app.spec.ts', code)).toEqual([]);
    });

    it('password hashes and encrypted values', () => {
      const yaml = `password: $2b$12$${randomChars(BASE62, 53, 13)}\ndb_password: ENC[AES256_GCM,data:${randomChars(BASE64, 24, 14)},type:str]\n`;
      expect(rulesIn('seeds/users.yaml', yaml)).toEqual([]);
    });

    it('settings about secrets rather than secrets', () => {
      expect(rulesIn('auth.yaml', 'password_min_length: 12\ntoken_type: Bearer\nauth_url: https://login.city.de/oauth/authorize\nsecret_name: app-secrets-production\n')).toEqual([]);
      expect(rulesIn('postgresql.conf', 'password_encryption = scram-sha-256\n')).toEqual([]);
    });

    it('a placeholder run together in capitals', () => {
      expect(rulesIn('README.md', 'SECRET_KEY="YOURSECRETKEYGOESHERE"')).toEqual([]);
    });

    it('messages in other scripts under keys that mention tokens', () => {
      expect(rulesIn('i18n/ja.json', '{"Unexpected_token_1012": "予期しないトークンです。"}')).toEqual([]);
    });

    it('a type in a GraphQL schema', () => {
      expect(rulesIn('schema.graphql', 'type Created {\n  accessToken: AccessToken!\n}')).toEqual([]);
    });
  });
});
