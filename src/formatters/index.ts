import { checkstyle } from './checkstyle.js';
import { codacy } from './codacy.js';
import { codeclimate } from './codeclimate.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { gnu } from './gnu.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif/index.js';
import { sonarqube } from './sonarqube.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { FileResult, FormatContext, FormatFunction, Formatter } from './types.js';

/** Every output format by name: adding one here makes it available to `--format`. */
export const formatters: ReadonlyMap<string, Formatter> = new Map(
  [stylish, json, sarif, checkstyle, junit, github, gitlab, codeclimate, sonarqube, codacy, gnu, compact].map((f) => [f.name, f]),
);

export { DEFAULT_FORMAT } from './names.js';

export function getFormatter(name: string): Formatter | undefined {
  return formatters.get(name);
}
