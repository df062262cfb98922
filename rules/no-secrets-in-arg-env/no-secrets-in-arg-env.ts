import { defineRule } from '../../src/engine/define-rule.js';
import type { Instruction } from '../../src/model/types.js';
import { looksLikeSecretName } from '../../src/rule-kit/secret-names.js';

/**
 * `/kaniko/.config/gcloud/creds.json`, `resetOSPassword.sh`: a value that is a path or a file
 * name points at a secret or at a tool, and is not the secret itself.
 */
function namesAFile(value: string | null): boolean {
  if (value === null) return false;
  return /^(?:~|\.{1,2})?\/[^\s:]*$/.test(value) || /^[\w.-]+\.(?:sh|py|json|conf|ya?ml|txt|pem|crt|key|ini|cfg|xml|properties)$/i.test(value);
}

export default defineRule({
  code: 'DL3064',
  name: 'no-secrets-in-arg-env',
  aliases: ['SecretsUsedInArgOrEnv'],
  severity: 'warning',
  category: 'security',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Do not pass secrets through `ARG` or `ENV`',
    why:
      'ENV values are stored in the image configuration and build arguments in its history: anyone ' +
      'who can pull the image can read them with `docker inspect` or `docker history`. Pass secrets ' +
      'with `RUN --mount=type=secret` (optionally `,env=NAME`), which exposes them to one RUN only, or ' +
      'give them to the container at run time.',
    bad: 'FROM node:22\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci',
    good: 'FROM node:22\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \\\n    echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/',
      'https://github.com/hadolint/hadolint/wiki/DL3064',
    ],
    differences:
      'hadolint matches a name against a list of 48 well-known variables and against the substrings ' +
      '`api_key`, `client_key`, `password`, `private`, `secret`, `token` and `username` anywhere in the ' +
      'name. dflint matches whole words of the name (split at `_`, `-`, `.` and camel case; a word may ' +
      'end with the term, as in `PGPASSWORD`), so `TOKENIZERS_PARALLELISM` is not a token. It does not ' +
      'report `username` (`ARG USERNAME=vscode` of dev containers names a user to create, not a ' +
      'secret), `private` other than `private_key` (`PRIVATE_REGISTRY`), names that point at a secret or ' +
      'configure one (`MINIO_ROOT_PASSWORD_FILE`, `PRIVATE_ZONEFILE`, `MYSQL_ALLOW_EMPTY_PASSWORD`, ' +
      '`AB_JOLOKIA_PASSWORD_RANDOM`, `GOOGLE_APPLICATION_CREDENTIALS`, `*_PATH`, `*_DIR`, `*_CONFIG`, `*_VERSION`), nor the non-secret names of hadolint\'s list (`TRAVIS_OS_NAME`, ' +
      '`FACEBOOK_APP_ID`, `DOCKER_USERNAME`...). It adds BuildKit\'s `passwd`, `pword`, `apikey` and ' +
      '`credential(s)`. BuildKit\'s SecretsUsedInArgOrEnv, which this rule answers for, matches whole ' +
      '`_`-separated words only (`PGPASSWORD` is not a secret there) and also `key` and `auth` alone: dflint ' +
      'does not report those two, because most such names in real Dockerfiles are public PGP key ids ' +
      '(`GPG_KEY`, `GHC_RELEASE_KEY` of the official images) or settings (`AUTH_METHOD`). BuildKit lets ' +
      'only `public`, `file` and `version` words through; dflint also `path`, `dir`, `empty`... (see above). ' +
      'BuildKit reports on the whole instruction, dflint on the name. Neither hadolint nor BuildKit look at ' +
      'the value; dflint does not report a value that is a path or a file name (`ENV ' +
      'RESET_OS_PASSWORD=resetOSPassword.sh`, `DOCKER_CREDENTIAL_GCR_CONFIG=/kaniko/.config/gcloud/config.json`), ' +
      'which points at a secret or a tool instead of holding one.',
  },
  create(context) {
    const check = (instruction: Instruction): void => {
      for (const property of instruction.properties) {
        if (!looksLikeSecretName(property.name) || namesAFile(property.value)) continue;
        context.report({
          range: property.nameRange,
          message: `\`${property.name}\` looks like a secret, and ${instruction.kind} values stay readable in the image: use \`RUN --mount=type=secret\``,
        });
      }
    };
    return { ARG: check, ENV: check };
  },
});
