import { SHELLCHECK_CODE } from '../shellcheck/codes.js';
import { join } from 'node:path';
import { Document } from 'yaml';
import type { RuleSetting } from '../engine/registry.js';
import type { Rule } from '../engine/types.js';
import { configFileIn } from './discover.js';
import { createLoader } from './load.js';
import { ConfigError } from './problems.js';
import type { ConfigLayer } from './types.js';

/** `dflint --init`: the `.dflint.yaml` to write in a folder, as a starter or converted from `.hadolint.yaml`. */

export const INIT_FILE = '.dflint.yaml';
const SCHEMA_LINE = '# yaml-language-server: $schema=./node_modules/dflint/schema/dflint.schema.json';

export const STARTER = `# dflint configuration. Every key is optional; docs/configuration.md describes them all.
# \`dflint --print-config Dockerfile\` shows what a Dockerfile gets and where each value comes from.
${SCHEMA_LINE}

# Per rule, by code, name or alias: off, error, warning, info or style.
rules: {}
#  DL3059: off
#  no-sudo: warning

# Rules to turn off, by code, name or alias.
ignore: []

# The lowest severity that makes dflint exit with 1: error, warning, info, style, or none.
failureThreshold: info

# Registries images may come from (DL3026): \`*\`, \`*.example.com\`, \`registry*\` or exact names.
# trustedRegistries: [docker.io, "*.example.com"]

# Labels every image must carry, with the type of their values (DL3049, DL3051-DL3058):
# text, url, rfc3339, spdx, hash, semver or email. strictLabels allows no others (DL3050).
# labelSchema:
#   org.opencontainers.image.version: semver
# strictLabels: false

# The shell of stages that set no SHELL.
# shell: /bin/sh -c

# The build context folder (for the .dockerignore rules), relative to this file.
# context: .

# Report ignore comments that suppress nothing; or disregard every ignore comment.
# reportUnusedIgnores: false
# disablePragmas: false

# Check RUN scripts with ShellCheck when it is installed (true), with this executable, or never (false).
# shellcheck: true

# Build arguments, as docker build --build-arg gives them; BUILDKIT_DOCKERFILE_CHECK replaces # check=.
# buildArgs:
#   VARIANT: slim
# The stage built, as docker build --target names it (default: the last stage).
# target: release

# Settings for some Dockerfiles only, applied in order over the ones above.
# overrides:
#   - files: ["**/*.dev.Dockerfile"]
#     rules:
#       DL3006: off
`;

export type InitPlan =
  | { readonly ok: true; readonly path: string; readonly text: string; readonly message: string }
  | { readonly ok: false; readonly message: string };

/**
 * What `--init` writes in `dir`: nothing when a dflint config is already there; a conversion
 * when `.hadolint.yaml` (or `.yml`) is; else the commented starter. An invalid hadolint file
 * throws ConfigError rather than being converted partly.
 */
export function planInit(dir: string, rules: readonly Rule[], display: (path: string) => string): InitPlan {
  const path = join(dir, INIT_FILE);
  const existing = configFileIn(dir);
  if (existing && existing.format === 'dflint') {
    return { ok: false, message: `${display(existing.path)} already configures dflint here; nothing was written` };
  }
  if (!existing) return { ok: true, path, text: STARTER, message: `Wrote ${display(path)}` };

  const loaded = createLoader(rules, display)(existing);
  if (!loaded.ok) throw new ConfigError(loaded.problems);
  const source = display(existing.path);
  return {
    ok: true,
    path,
    text: convertLayer(loaded.config.base, source, loaded.config.warnings),
    message: `Converted ${source} into ${display(path)}; dflint now reads ${INIT_FILE} instead (you may delete ${source} once hadolint no longer runs)`,
  };
}

/** A dflint config with the same effect as a hadolint layer, with comments on what could not carry over. */
export function convertLayer(layer: ConfigLayer, source: string, warnings: readonly string[]): string {
  const rules: Record<string, RuleSetting> = {};
  const ignore: string[] = [];
  const unknown: string[] = [];
  for (const entry of layer.rules ?? []) {
    if (entry.rules.length === 0 && !SHELLCHECK_CODE.test(entry.id)) unknown.push(`${entry.id} (${entry.setting === 'off' ? 'ignored' : entry.setting})`);
    else if (entry.setting === 'off') ignore.push(entry.id);
    else rules[entry.id] = entry.setting;
  }
  const config: Record<string, unknown> = {};
  if (Object.keys(rules).length > 0) config.rules = rules;
  if (ignore.length > 0) config.ignore = ignore;
  const keys = ['failureThreshold', 'trustedRegistries', 'labelSchema', 'strictLabels', 'disablePragmas', 'format', 'color'] as const;
  for (const key of keys) if (layer[key] !== undefined) config[key] = layer[key];

  const document = new Document(config);
  document.commentBefore = [
    ` dflint configuration, converted from ${source} by \`dflint --init\`.`,
    ' docs/configuration.md describes every key.',
    SCHEMA_LINE.slice(1),
  ].join('\n');
  const notes = [
    ...(unknown.length > 0 ? [` Left out, because dflint has no rule with these codes yet (add them back when it does): ${unknown.join(', ')}.`] : []),
    ...warnings.map((warning) => ` Left out: ${warning}.`),
  ];
  if (notes.length > 0) document.comment = notes.join('\n');
  return document.toString({ lineWidth: 0 });
}
