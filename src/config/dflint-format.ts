import { CHECK_BUILD_ARG, checkOptionsProblem } from '../suppress/check-options.js';
import { resolve } from 'node:path';
import type { RuleConfig } from '../engine/registry.js';
import type { LabelType, Rule } from '../engine/types.js';
import { isDirectory } from '../files/stat.js';
import type { KeyPath } from './key-path.js';
import { compileGlobs, globProblem } from './path-match.js';
import { compactLayer } from './compact.js';
import { ruleEntries } from './rule-entries.js';
import type { Issue } from './schema-errors.js';
import type { ConfigLayer, ConfigOverride, FailureThreshold } from './types.js';
import type { Validate } from './validator.js';

/** A dflint config object (or one of its `overrides`) that passed schema validation. */
interface Section {
  readonly rules?: Readonly<Record<string, RuleConfig>>;
  readonly ignore?: readonly string[];
  readonly failureThreshold?: FailureThreshold;
  readonly trustedRegistries?: readonly string[];
  readonly labelSchema?: Readonly<Record<string, LabelType>>;
  readonly strictLabels?: boolean;
  readonly shell?: string | readonly string[];
  readonly context?: string;
  readonly reportUnusedIgnores?: boolean;
  readonly disablePragmas?: boolean;
  readonly shellcheck?: boolean | string;
  readonly buildArgs?: Readonly<Record<string, string | number | boolean>>;
  readonly target?: string;
  readonly format?: string;
  readonly color?: boolean;
  readonly overrides?: ReadonlyArray<Section & { readonly files: readonly string[] }>;
}

export interface DflintConfig {
  readonly base: ConfigLayer;
  readonly overrides: readonly ConfigOverride[];
}

export type DflintRead = { readonly ok: true; readonly config: DflintConfig } | { readonly ok: false; readonly issues: readonly Issue[] };

/** hadolint's keys in a dflint file: say what they are called here. */
export const DFLINT_KEY_ADVICE: Readonly<Record<string, string>> = {
  ignored: 'dflint calls it `ignore`',
  override: 'hadolint\'s `override` is `rules` here: `rules: { DL3008: warning }`',
  'no-fail': 'use `failureThreshold: none`',
  'no-color': 'use `color: false`',
  'disable-ignore-pragma': 'dflint calls it `disablePragmas`',
  formats: 'dflint writes one report: use `format`',
  verbose: 'dflint has no verbose mode; `dflint --print-config FILE` shows the configuration a Dockerfile gets',
};

/**
 * Validates a parsed dflint config (undefined: an empty file, which means the defaults) and
 * turns it into layers. Relative paths resolve against `dir`, the config file's folder.
 */
export function readDflintConfig(data: unknown, origin: string, dir: string, validate: Validate, ids: ReadonlyMap<string, readonly Rule[]>): DflintRead {
  if (data === undefined) return { ok: true, config: { base: { origin }, overrides: [] } };
  const issues = [...validate(data), ...pathIssues(data, dir)];
  if (issues.length > 0) return { ok: false, issues };
  const section = data as Section;
  return {
    ok: true,
    config: {
      base: toLayer(section, origin, dir, ids),
      overrides: (section.overrides ?? []).map((override, index) => ({
        index,
        matches: compileGlobs(override.files),
        layer: toLayer(override, `${origin} overrides[${index}]`, dir, ids),
      })),
    },
  };
}

/** What a schema cannot say: malformed globs, context folders that do not exist, and check options BuildKit refuses. */
function pathIssues(data: unknown, dir: string): Issue[] {
  const issues: Issue[] = [];
  const checkBuildArgs = (section: unknown, path: KeyPath) => {
    const check = (section as { buildArgs?: Record<string, unknown> } | null)?.buildArgs?.[CHECK_BUILD_ARG];
    const problem = typeof check === 'string' ? checkOptionsProblem(check) : undefined;
    if (problem) issues.push({ path: [...path, 'buildArgs', CHECK_BUILD_ARG], message: `${problem} (BuildKit refuses the build)` });
  };
  const checkContext = (section: unknown, path: KeyPath) => {
    const context = (section as { context?: unknown } | null)?.context;
    if (typeof context !== 'string' || context === '') return;
    const folder = resolve(dir, context);
    if (!isDirectory(folder)) issues.push({ path: [...path, 'context'], message: `expected a folder, but \`${context}\` (${folder}) is not one` });
  };
  if (data === null || typeof data !== 'object') return issues;
  checkContext(data, []);
  checkBuildArgs(data, []);
  const overrides = (data as { overrides?: unknown }).overrides;
  if (!Array.isArray(overrides)) return issues;
  overrides.forEach((override: unknown, index) => {
    checkContext(override, ['overrides', index]);
    checkBuildArgs(override, ['overrides', index]);
    const files = (override as { files?: unknown } | null)?.files;
    if (!Array.isArray(files)) return;
    files.forEach((glob: unknown, position) => {
      const problem = typeof glob === 'string' && glob !== '' ? globProblem(glob) : undefined;
      if (problem) issues.push({ path: ['overrides', index, 'files', position], message: `\`${glob as string}\` is not a valid glob: ${problem}` });
    });
  });
  return issues;
}

function toLayer(section: Section, origin: string, dir: string, ids: ReadonlyMap<string, readonly Rule[]>): ConfigLayer {
  return compactLayer({
    origin,
    rules: ruleEntries(section.rules, section.ignore, (id) => ids.get(id) ?? []),
    failureThreshold: section.failureThreshold,
    trustedRegistries: section.trustedRegistries,
    labelSchema: section.labelSchema,
    strictLabels: section.strictLabels,
    shell: typeof section.shell === 'string' ? section.shell.trim().split(/\s+/) : section.shell,
    context: section.context === undefined ? undefined : resolve(dir, section.context),
    reportUnusedIgnores: section.reportUnusedIgnores,
    disablePragmas: section.disablePragmas,
    shellcheck: typeof section.shellcheck === 'string' && section.shellcheck.includes('/') ? resolve(dir, section.shellcheck) : section.shellcheck,
    buildArgs: section.buildArgs && Object.fromEntries(Object.entries(section.buildArgs).map(([name, value]) => [name, String(value)])),
    target: section.target,
    format: section.format,
    color: section.color,
  });
}
