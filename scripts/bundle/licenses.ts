import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of the npm package a bundled file comes from (`node_modules/@scope/name`), or undefined for our own sources. */
export function packageDirOf(input: string): string | undefined {
  const at = input.lastIndexOf('node_modules/');
  if (at === -1) return undefined;
  const [first, second] = input.slice(at + 'node_modules/'.length).split('/');
  if (!first || !second) return undefined;
  return input.slice(0, at) + `node_modules/${first.startsWith('@') ? `${first}/${second}` : first}`;
}

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/**
 * The licence notices of every package whose code or files the bundles carry, as one Markdown
 * file: the MIT and ISC licences they come under ask for their notice to travel with copies.
 */
export function thirdPartyNotices(root: string, packageDirs: Iterable<string>): string {
  const sections = [...new Set(packageDirs)].map((dir) => {
    const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    const file = readdirSync(join(root, dir)).find((name) => LICENSE_FILE.test(name));
    const text = file && existsSync(join(root, dir, file)) ? readFileSync(join(root, dir, file), 'utf8').trim() : `Licensed under ${manifest.license ?? 'an unstated licence'}; the package ships no licence file.`;
    return { heading: `## ${manifest.name} ${manifest.version} (${manifest.license ?? 'unknown'})`, text };
  });
  // Two copies of one version (nested node_modules) need one notice.
  const unique = [...new Map(sections.map((s) => [s.heading, s])).values()];
  unique.sort((a, b) => (a.heading < b.heading ? -1 : a.heading > b.heading ? 1 : 0));
  const body = unique.map((s) => `${s.heading}\n\n\`\`\`text\n${s.text}\n\`\`\``).join('\n\n');
  return `# Third-party notices\n\nThe files in this folder contain code and data from these packages.\n\n${body}\n`;
}
