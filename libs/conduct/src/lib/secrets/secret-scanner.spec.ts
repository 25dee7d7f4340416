import { generateToken } from '@allmende/identity';
import {
  BASE64,
  fakeAwsKeyId,
  fakeAzureAccountKey,
  fakeGithubFineGrained,
  fakeGithubToken,
  fakeGitlabToken,
  fakeGoogleApiKey,
  fakeJwt,
  fakeNpmToken,
  fakePassword,
  fakePem,
  fakeSlackToken,
  fakeSlackWebhook,
  humanPassphrase,
  humanPassword,
  randomChars,
} from './fake-secrets.fixture';
import { scanSecrets } from './secret-scanner';
import type { SecretRule } from './secret-scan.types';

/** Line and column (1-based) where `text` first occurs in `content`. */
function placeOf(content: string, text: string): { line: number; column: number } {
  const before = content.slice(0, content.indexOf(text)).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The file yields exactly one finding, of `rule`, where `secret` starts. */
function expectOne(path: string, content: string, rule: SecretRule, secret: string): void {
  expect(content).toContain(secret);
  const findings = scanSecrets([{ path, content }]).map(({ rule, line, column }) => ({ rule, line, column }));
  expect(findings).toEqual([{ rule, ...placeOf(content, secret) }]);
}

describe('scanSecrets finds', () => {
  describe('private keys, at their header', () => {
    it('an RSA key in PEM', () => {
      expectOne('deploy/id_rsa', `# deploy key\n${fakePem()}\n`, 'secret-private-key', '-----BEGIN');
    });

    it('an OpenSSH key', () => {
      expectOne('keys/ci', fakePem('OPENSSH PRIVATE KEY', 2400, 12), 'secret-private-key', '-----BEGIN');
    });

    it('a PKCS#8 key inside JSON with \\n escapes, as in a cloud service account file', () => {
      const pem = fakePem('PRIVATE KEY', 1200, 13).replace(/\n/g, '\\n');
      const json = `{\n  "type": "service_account",\n  "private_key": "${pem}\\n",\n  "client_email": "ci@project.iam"\n}\n`;
      expectOne('config/service-account.json', json, 'secret-private-key', '-----BEGIN');
    });

    it('a key under a test directory: a path says nothing about whether a key works', () => {
      expectOne('test/fixtures/server.key', fakePem('EC PRIVATE KEY', 300, 14), 'secret-private-key', '-----BEGIN');
    });

    it('an encrypted key with RFC 1421 headers between header and body', () => {
      const [begin, ...rest] = fakePem('RSA PRIVATE KEY', 1600, 15).split('\n');
      const pem = [begin, 'Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,0A1B2C3D4E5F6A7B', '', ...rest].join('\n');
      expectOne('old.pem', pem, 'secret-private-key', '-----BEGIN');
    });
  });

  describe('tokens with a known prefix', () => {
    it('an AWS access key id in a shell script', () => {
      const key = fakeAwsKeyId();
      expectOne('scripts/upload.sh', `#!/bin/sh\naws configure set aws_access_key_id ${key}\n`, 'secret-aws-access-key', key);
    });

    it('a temporary AWS key id (ASIA) in YAML', () => {
      const key = fakeAwsKeyId(21, 'AS');
      expectOne('ci/aws.yml', `credentials:\n  id: ${key}\n`, 'secret-aws-access-key', key);
    });

    it('a classic GitHub token in a README', () => {
      const token = fakeGithubToken();
      expectOne('README.md', `Run:\n\n    export GITHUB_TOKEN=${token}\n`, 'secret-github-token', token);
    });

    it('GitHub OAuth and server tokens in JSON, each on its own', () => {
      const json = `{"oauth": "${fakeGithubToken('o', 22)}", "app": "${fakeGithubToken('s', 23)}"}`;
      expect(scanSecrets([{ path: 'tokens.json', content: json }]).map((finding) => finding.rule)).toEqual(['secret-github-token', 'secret-github-token']);
    });

    it('a fine-grained GitHub token', () => {
      const token = fakeGithubFineGrained();
      expectOne('.github/notes.txt', `pat=${token}`, 'secret-github-token', token);
    });

    it('a GitHub token inside a clone URL once, as a GitHub token rather than also as a URL password', () => {
      const token = fakeGithubToken('s', 24);
      expectOne('docs/clone.md', `git clone https://x-access-token:${token}@github.com/city/app.git`, 'secret-github-token', token);
    });

    it('a GitLab personal access token in CI configuration', () => {
      const token = fakeGitlabToken();
      expectOne('.gitlab-ci.yml', `variables:\n  PRIVATE_TOKEN: "${token}"\n`, 'secret-gitlab-token', token);
    });

    it('a Slack bot token in code', () => {
      const token = fakeSlackToken();
      expectOne('src/notify.ts', `const slack = new WebClient('${token}');`, 'secret-slack-token', token);
    });

    it('a Slack incoming webhook URL, at its secret path', () => {
      const url = fakeSlackWebhook();
      expectOne('alerts/config.yaml', `webhook: ${url}`, 'secret-slack-token', url.slice(url.indexOf('/services/') + '/services/'.length));
    });

    it('a Google API key in an Android resource file', () => {
      const key = fakeGoogleApiKey();
      expectOne('app/src/main/res/values/keys.xml', `<resources>\n  <string name="maps_key">${key}</string>\n</resources>\n`, 'secret-google-api-key', key);
    });

    it('an Azure storage account key in a connection string', () => {
      const key = fakeAzureAccountKey();
      const connection = `DefaultEndpointsProtocol=https;AccountName=cityfiles;AccountKey=${key};EndpointSuffix=core.windows.net`;
      expectOne('appsettings.json', `{"Storage": "${connection}"}`, 'secret-azure-storage-key', key);
    });

    it('an npm token in .npmrc', () => {
      const token = fakeNpmToken();
      expectOne('.npmrc', `//registry.npmjs.org/:_authToken=${token}\n`, 'secret-npm-token', token);
    });

    it('an Allmende access token in the format libs/identity issues', () => {
      const token = generateToken();
      expectOne('scripts/push.sh', `curl -H "Authorization: Bearer ${token}" "$API"`, 'secret-allmende-token', token);
    });
  });

  describe('JSON Web Tokens', () => {
    it('a signed token in an HTTP example', () => {
      const token = fakeJwt();
      expectOne('api.http', `GET /me\nAuthorization: Bearer ${token}\n`, 'secret-jwt', token);
    });

    it('an RS256 service token in a test, since the test does not say it is fake', () => {
      const token = fakeJwt({ iss: 'https://login.city.de', aud: 'api' }, { alg: 'RS256', kid: 'k1' });
      expectOne('src/api.spec.ts', `const token = '${token}';`, 'secret-jwt', token);
    });
  });

  describe('passwords in URLs', () => {
    it('a database URL in docker compose', () => {
      const password = fakePassword(16);
      const yaml = `services:\n  api:\n    environment:\n      DATABASE_URL: postgres://app:${password}@db.internal:5432/app\n`;
      expectOne('docker-compose.yml', yaml, 'secret-basic-auth-url', password);
    });

    it('a git remote with a human-made password', () => {
      expectOne('deploy.sh', `git push https://deploy:${humanPassword()}@git.city.de/app.git`, 'secret-basic-auth-url', humanPassword());
    });
  });

  describe('.env files', () => {
    it('a password that is short and not random', () => {
      expectOne('.env', `PORT=3000\nDB_PASSWORD=${humanPassword()}\n`, 'secret-dotenv-value', humanPassword());
    });

    it('exported and quoted values in .env.production', () => {
      const key = fakePassword(24, 31);
      expectOne('config/.env.production', `export API_KEY="${key}"\n`, 'secret-dotenv-value', key);
    });

    it('a random key in .env.example, as a high-entropy value: a template holds placeholders, not a copy of .env', () => {
      const key = fakePassword(32, 32);
      expectOne('.env.example', `API_KEY=${key}\nDB_PASSWORD=${humanPassword()}\n`, 'secret-high-entropy', key);
    });

    it('a value without the inline comment after it', () => {
      const [finding] = scanSecrets([{ path: '.env.local', content: `SESSION_SECRET=${humanPassphrase()} # shared with staging` }]);
      expect(finding).toMatchObject({ rule: 'secret-dotenv-value', line: 1, column: 16 });
      expect(finding.message).toContain(`${humanPassphrase().length} characters`);
    });
  });

  describe('high-entropy values of secret-looking keys', () => {
    it('a client secret in YAML', () => {
      const secret = fakePassword(32, 41);
      expectOne('config/oidc.yaml', `oidc:\n  client_secret: ${secret}\n`, 'secret-high-entropy', secret);
    });

    it('an API key in JSON', () => {
      const key = fakePassword(28, 42);
      expectOne('settings.json', `{ "mapsApiKey": "${key}" }`, 'secret-high-entropy', key);
    });

    it('a signing key in TypeScript', () => {
      const key = fakePassword(40, 43);
      expectOne('src/auth/keys.ts', `export const SIGNING_KEY = '${key}';`, 'secret-high-entropy', key);
    });

    it('a password in Python', () => {
      const password = fakePassword(18, 44);
      expectOne('settings.py', `DATABASES = {}\npassword = "${password}"\n`, 'secret-high-entropy', password);
    });

    it('an AWS secret access key exported in a shell script', () => {
      const key = randomChars(BASE64, 40, 45);
      expectOne('env.sh', `export AWS_SECRET_ACCESS_KEY=${key}`, 'secret-high-entropy', key);
    });

    it('a hex webhook secret', () => {
      const secret = randomChars('0123456789abcdef', 40, 46);
      expectOne('hooks.toml', `webhook_secret = "${secret}"`, 'secret-high-entropy', secret);
    });

    it("an access token in a URL's query", () => {
      const token = fakePassword(40, 48);
      expectOne('docs/api.md', `curl https://api.city.de/v1/records?access_token=${token}&page=2`, 'secret-high-entropy', token);
    });

    it('a token in a test fixture that does not say it is fake', () => {
      const token = fakePassword(30, 47);
      expectOne('test/fixtures/config.json', `{"auth_token": "${token}"}`, 'secret-high-entropy', token);
    });
  });
});
