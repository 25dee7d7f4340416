import { isSecretKeyName } from './secret-key-name';

describe('isSecretKeyName', () => {
  it.each([
    'password', 'DB_PASSWORD', 'passwd', 'pwd', 'smtpPass', 'secret', 'client_secret', 'SECRET_KEY_BASE', 'token', 'authToken', 'id_token',
    '_authToken', 'api_key', 'apiKey', 'APIKEY', 'x-api-key', 'private_key', 'AWS_SECRET_ACCESS_KEY', 'AccountKey', 'credentials', 'auth',
    'spring.datasource.password', '$password', 'signingKey',
  ])('takes %s for a secret', (key) => {
    expect(isSecretKeyName(key)).toBe(true);
  });

  it.each([
    'key', 'author', 'authorName', 'tokenizer', 'passenger', 'bypass', 'password_min_length', 'passwordHash', 'token_type', 'TOKEN_TTL',
    'auth_url', 'secret_name', 'tokenSha256', 'password_salt', 'client_id', 'public_key', 'cache_key',
  ])('does not take %s for a secret', (key) => {
    expect(isSecretKeyName(key)).toBe(false);
  });
});
