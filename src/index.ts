/** dflint's library entry point. */
export { lint, lintModel, parseDockerfile, type LintOptions } from './lint.js';
export { lintFiles, type FileResult, type LintFilesOptions, type LintFilesResult, type PathError } from './lint-files.js';
export { allRules, type RuleSetting } from './engine/registry.js';
export type { Category, Finding, FindingFix, FixSafety, Rule, RuleDocs, RuleMeta, Severity } from './engine/types.js';
export type * from './model/types.js';
export type { Connector, ShellCommand, ShellRedirect, ShellScript, ShellWord } from './model/shell/types.js';
