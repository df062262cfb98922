import type { FormatName } from './names.js';
import type { Formatter } from './types.js';

/** Each built-in formatter's module, imported only when its format is asked for, so a run loads one. */
const LOADERS: Readonly<Record<FormatName, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif/index.js')).sarif,
  checkstyle: async () => (await import('./checkstyle.js')).checkstyle,
  junit: async () => (await import('./junit.js')).junit,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  codeclimate: async () => (await import('./codeclimate.js')).codeclimate,
  sonarqube: async () => (await import('./sonarqube.js')).sonarqube,
  codacy: async () => (await import('./codacy.js')).codacy,
  gnu: async () => (await import('./gnu.js')).gnu,
  compact: async () => (await import('./compact.js')).compact,
};

export function loadBuiltInFormatter(name: FormatName): Promise<Formatter> {
  return LOADERS[name]();
}
