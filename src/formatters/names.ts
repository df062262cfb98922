/**
 * The built-in formats' names, in the order `--help` lists them: what validates `--format` and
 * the config's `format` without loading any formatter (test/formatters/names.test.ts keeps it
 * equal to the formatters of index.ts).
 */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'checkstyle', 'junit', 'github', 'gitlab', 'codeclimate', 'sonarqube', 'codacy', 'gnu', 'compact'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];

export const DEFAULT_FORMAT: FormatName = 'stylish';

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
