import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomically } from '../files/write-file.js';

/**
 * Writes a report file, creating its folder (a workflow may name `reports/dflint.sarif` in a
 * fresh checkout); readers such as a later upload step never see half a file.
 */
export function writeReport(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomically(path, text);
}
