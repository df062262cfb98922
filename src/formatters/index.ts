import { codeclimate } from './codeclimate.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { sonarqube } from './sonarqube.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { FileResult, FormatContext, Formatter } from './types.js';

/** Every output format by name: adding one here makes it available to `--format`. */
export const formatters: ReadonlyMap<string, Formatter> = new Map([stylish, json, codeclimate, gitlab, sonarqube].map((f) => [f.name, f]));

export const DEFAULT_FORMAT = stylish.name;

export function getFormatter(name: string): Formatter | undefined {
  return formatters.get(name);
}
