import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refFor } from '../../src/config/discover.js';
import { createLoader } from '../../src/config/load.js';
import { formatProblem } from '../../src/config/problems.js';
import { allRules } from '../../src/rule-set.js';
import { tempTree } from '../cli/temp-tree.js';

const folder = tempTree({ 'docker/': '' });
const load = createLoader(allRules(), (path) => basename(path));

/** The messages for a config file with this name and text ([] when valid). */
function problems(name: string, text: string): string[] {
  const path = join(folder, name);
  writeFileSync(path, text);
  const loaded = load(refFor(path));
  return loaded.ok ? [] : loaded.problems.map(formatProblem);
}

describe('config validation messages', () => {
  it.each([
    ['a wrong type', 'rules: [DL3004]\n', ['.dflint.yaml:1:8: rules: expected a mapping (`key: value`); got a list of 1 item']],
    ['an unknown rule name', 'rules:\n  no-sduo: off\n', ['.dflint.yaml:2:3: rules.no-sduo: unknown rule `no-sduo`; did you mean `no-sudo`?']],
    ['a rule id in the wrong case', 'ignore: [dl3004]\n', ['.dflint.yaml:1:10: ignore[0]: unknown rule `dl3004`: rule ids are case-sensitive here; did you mean `DL3004`?']],
    ['a hadolint code dflint lacks', 'ignore: [DL3005]\n', ['.dflint.yaml:1:10: ignore[0]: dflint has no rule `DL3005` (hadolint rules dflint does not implement cannot be set in a dflint config); `dflint --list-rules` lists the rules']],
    ['a bad severity', 'rules:\n  DL3004: warn\n', ['.dflint.yaml:2:11: rules.DL3004: expected a severity: `off`, `error`, `warning`, `info`, `style`; got `warn`; did you mean `warning`?']],
    ['a bad glob in overrides', 'overrides:\n  - files: ["src/{a,b"]\n    ignore: [DL3004]\n', ['.dflint.yaml:2:13: overrides[0].files[0]: `src/{a,b` is not a valid glob: a `{` is not closed by `}`']],
    ['an empty files list', 'overrides:\n  - files: []\n', ['.dflint.yaml:2:12: overrides[0].files: expected a non-empty list of globs; got a list of 0 items']],
    ['a bad label type', 'labelSchema:\n  org.opencontainers.image.url: link\n', ['.dflint.yaml:2:33: labelSchema["org.opencontainers.image.url"]: expected one of `text`, `url`, `rfc3339`, `spdx`, `hash`, `semver`, `email`; got `link`']],
    ['a YAML syntax error, with its line', 'rules:\n  DL3004: off\n ignore: [a\n', ['.dflint.yaml:3:1: YAML syntax error: All mapping items must start at the same column']],
    ['a duplicate key', 'ignore: [DL3004]\nignore: [DL3006]\n', ['.dflint.yaml:2:1: YAML syntax error: Map keys must be unique']],
    ['an unknown top-level key', 'failureTreshold: error\n', ['.dflint.yaml:1:1: failureTreshold: unknown key `failureTreshold`; did you mean `failureThreshold`?']],
    ['a hadolint key in a dflint file', 'label-schema:\n  a: text\n', ['.dflint.yaml:1:1: label-schema: unknown key `label-schema`; did you mean `labelSchema`?']],
    ['an invalid failureThreshold', 'failureThreshold: fatal\n', ['.dflint.yaml:1:19: failureThreshold: expected one of `error`, `warning`, `info`, `style`, `none`; got `fatal`']],
    ['a string where a boolean goes', 'strictLabels: "yes"\n', ['.dflint.yaml:1:15: strictLabels: expected `true` or `false`; got `yes` (a string)']],
    ['a bad registry pattern', 'trustedRegistries: ["docker.*.io"]\n', ['.dflint.yaml:1:21: trustedRegistries[0]: expected a registry pattern: `*`, `*.example.com`, `registry*` or an exact name such as `docker.io`; got `docker.*.io`']],
    ['options for a rule that takes none', 'rules:\n  DL3004: [error, { x: 1 }]\n', ['.dflint.yaml:2:11: rules.DL3004: expected a severity: `off`, `error`, `warning`, `info`, `style`; got a list of 2 items']],
    ['an empty shell', 'shell: []\n', ['.dflint.yaml:1:8: shell: expected a command line such as `/bin/bash -c`, or its words as a list such as `["/bin/bash", "-c"]`; got a list of 0 items']],
    ['a context folder that does not exist', 'context: nowhere\n', [`.dflint.yaml:1:10: context: expected a folder, but \`nowhere\` (${join(folder, 'nowhere')}) is not one`]],
    ['a top level that is not a mapping', '- DL3004\n', ['.dflint.yaml:1:1: (top level): expected a mapping (`key: value`); got a list of 1 item']],
    ['a build argument name with a space', 'buildArgs:\n  "MY VAR": x\n', ['.dflint.yaml:2:3: buildArgs: expected a build argument name: letters, digits and `_`, not starting with a digit; got `MY VAR`']],
    ['a build argument that is a list', 'buildArgs:\n  UID: [1000]\n', ['.dflint.yaml:2:8: buildArgs.UID: expected a value: a string, number or boolean; got a list of 1 item']],
    ['check options BuildKit refuses', 'buildArgs:\n  BUILDKIT_DOCKERFILE_CHECK: skip\n', ['.dflint.yaml:2:30: buildArgs.BUILDKIT_DOCKERFILE_CHECK: Invalid check option `skip`: BuildKit expects `skip=`, `error=` or `experimental=` (BuildKit refuses the build)']],
    ['a target that is no stage name', 'target: "my target"\n', ['.dflint.yaml:1:9: target: expected a stage name, such as `release`; got `my target`']],
    ['a missing files key', 'overrides:\n  - ignore: [DL3004]\n', ['.dflint.yaml:2:5: overrides[0]: missing the required key `files`']],
  ])('%s', (_, text, expected) => {
    expect(problems('.dflint.yaml', text)).toEqual(expected);
  });

  it('reports every problem of a file at once, in file order', () => {
    expect(problems('.dflint.yaml', 'strictLabels: 1\nrules:\n  xyzzy: off\nignore: [DL3004, nada]\n')).toEqual([
      '.dflint.yaml:1:15: strictLabels: expected `true` or `false`; got `1`',
      '.dflint.yaml:3:3: rules.xyzzy: unknown rule `xyzzy`; `dflint --list-rules` lists the rules',
      '.dflint.yaml:4:18: ignore[1]: unknown rule `nada`; `dflint --list-rules` lists the rules',
    ]);
  });

  it('reports JSON syntax errors with their line, and locates JSON values', () => {
    expect(problems('.dflint.json', '{\n  "rules": {\n    "DL3004": "off",\n  }\n}\n')).toEqual([
      expect.stringMatching(/^\.dflint\.json:4:3: JSON syntax error: /),
    ]);
    expect(problems('.dflint.json', '{\n  "ignore": ["DL3004", "no-sduo"]\n}\n')).toEqual([
      '.dflint.json:2:24: ignore[1]: unknown rule `no-sduo`; did you mean `no-sudo`?',
    ]);
  });

  it('locates problems inside the "dflint" key of package.json', () => {
    expect(problems('package.json', '{\n  "name": "x",\n  "dflint": {\n    "strictLabels": "no"\n  }\n}\n')).toEqual([
      'package.json:4:21: strictLabels: expected `true` or `false`; got `no` (a string)',
    ]);
    expect(problems('package.json', '{ "name": "x" }')).toEqual(['package.json: has no `dflint` key']);
  });

  it('treats an empty file, or one holding only comments or null, as the defaults', () => {
    for (const text of ['', '\n\n', '# nothing yet\n', '~\n', 'null\n']) expect(problems('.dflint.yaml', text)).toEqual([]);
    expect(problems('.dflint.json', '  \n')).toEqual([]);
    expect(problems('.hadolint.yaml', '')).toEqual([]);
  });

  it('names a file that cannot be read', () => {
    const loaded = load(refFor(join(folder, 'missing.yaml')));
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual(['missing.yaml: cannot read the config file: no such file']);
  });

  it('accepts every documented key', () => {
    expect(problems('.dflint.yaml', [
      '$schema: ./node_modules/dflint/schema/dflint.schema.json',
      'rules: { DL3004: warning, no-sudo: [info], DL1000: off, JSONArgsRecommended: style }',
      'ignore: [DL3006, no-latest-tag]',
      'failureThreshold: none',
      'trustedRegistries: ["*", "*.example.com", "registry*", docker.io]',
      'labelSchema: { a: text, b: url, c: rfc3339, d: spdx, e: hash, f: semver, g: email }',
      'strictLabels: true',
      'shell: /bin/bash -o pipefail -c',
      'context: docker',
      'reportUnusedIgnores: true',
      'disablePragmas: false',
      'format: json',
      'color: false',
      'buildArgs: { VARIANT: slim, UID: 1000, DEBUG: false, BUILDKIT_DOCKERFILE_CHECK: "skip=JSONArgsRecommended;experimental=all" }',
      'target: release',
      'overrides:',
      '  - files: ["**/*.dev.Dockerfile", "Dockerfile.*", "tools/"]',
      '    rules: { DL3006: off }',
      '    shell: [pwsh, -Command]',
      '    failureThreshold: error',
      '    buildArgs: { VARIANT: full }',
      '    target: dev',
      '',
    ].join('\n'))).toEqual(['.dflint.yaml:2:36: rules.no-sudo: expected a severity: `off`, `error`, `warning`, `info`, `style`; got a list of 1 item']);
  });
});
