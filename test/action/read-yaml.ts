import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { expect } from 'vitest';

/** Parses a YAML file, failing on any error or warning (duplicate keys, bad indentation...). */
export function readYaml<T>(path: string): T {
  const document = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true });
  expect([...document.errors, ...document.warnings].map((e) => e.message), path).toEqual([]);
  return document.toJS() as T;
}
