import { describe, expect, it } from 'vitest';
import { looksLikeSecretName, nameSegments } from './secret-names.js';

describe('nameSegments', () => {
  it('splits on separators and camel case', () => {
    expect(nameSegments('MYSQL_ROOT_PASSWORD')).toEqual(['mysql', 'root', 'password']);
    expect(nameSegments('dbPassword')).toEqual(['db', 'password']);
    expect(nameSegments('api-key.value')).toEqual(['api', 'key', 'value']);
  });
});

describe('looksLikeSecretName', () => {
  it.each([
    'POSTGRES_PASSWORD', 'PGPASSWORD', 'DB_PASSWD', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN', 'GH_TOKEN', 'ghToken',
    'NPM_TOKEN', 'OPENAI_API_KEY', 'APIKEY', 'STRIPE_APIKEY', 'VAULT_CLIENT_KEY', 'SSH_PRIVATE_KEY', 'SECRETS',
    'MTP_SECRET', 'CLIENTSECRET', 'AWS_ACCESS_KEY_ID', 'aws_access_key_id',
    'password', 'API_KEYS', 'JDK8_TOKEN', 'GIT_CREDENTIALS', 'DB_CREDENTIAL', 'ADMIN_PWORD',
  ])('%s is a secret', (name) => expect(looksLikeSecretName(name)).toBe(true));

  it.each([
    'TOKENIZERS_PARALLELISM', 'USERNAME', 'ADMIN_USERNAME', 'MINIO_ROOT_PASSWORD_FILE', 'MINIO_SECRET_KEY_FILE',
    'PRIVATE_ZONEFILE', 'PRIVATE_REVERSE_ZONE_FILE', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'SECRETS_DIR', 'GPG_KEY',
    'PUBLIC_KEY', 'TRAVIS_OS_NAME', 'FACEBOOK_APP_ID', 'NODE_VERSION', 'PRIVATE_REGISTRY', 'KEYCLOAK_VERSION',
    'SECRET_VERSION', 'TOKEN_PATH', 'PASSWORD_POLICY', 'DOCKER_CREDENTIAL_GCR_CONFIG', 'AB_JOLOKIA_PASSWORD_RANDOM',
    'GOOGLE_APPLICATION_CREDENTIALS', 'PATH', 'HOME', 'AUTHOR',
  ])('%s is not a secret', (name) => expect(looksLikeSecretName(name)).toBe(false));
});
