/** dflint's library entry point. */
export { lint, lintModel, parseDockerfile, type LintOptions } from './lint.js';
export { fix, type FixOptions, type FixResult } from './fix/fix.js';
export { lintFiles, type FileResult, type LintFilesOptions, type LintFilesResult, type PathError } from './lint-files.js';
export { allRules } from './rule-set.js';
export type { RuleConfig, RuleOptions, RuleSetting } from './engine/registry.js';
export { ConfigError, type ConfigProblem } from './config/problems.js';
export { UnknownTargetError } from './model/targets.js';
export { CheckOptionsError } from './suppress/check-options.js';
export type { FailureThreshold } from './config/types.js';
export { formatters, getFormatter } from './formatters/index.js';
export type { FormatContext, FormatFunction, Formatter } from './formatters/types.js';
export type { PragmaLocation, SuppressedFinding } from './suppress/types.js';
export type { Category, Finding, FindingFix, FixSafety, LabelType, RelatedLocation, Rule, RuleDocs, RuleMeta, Settings, Severity } from './engine/types.js';
export type * from './model/types.js';
export type { Connector, ShellCommand, ShellRedirect, ShellScript, ShellWord } from './model/shell/types.js';
