import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_URL, repositoryFileUrl } from '../src/repository.js';

interface Manifest {
  readonly homepage: string;
  readonly repository: { readonly url: string };
  readonly bugs: { readonly url: string };
}

describe('REPOSITORY_URL', () => {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as Manifest;

  it("is package.json's repository, homepage and bugs URL", () => {
    expect(manifest.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(manifest.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(manifest.bugs.url).toBe(`${REPOSITORY_URL}/issues`);
  });

  it('links to a file as of a release tag', () => {
    expect(repositoryFileUrl('1.2.3', 'rules/no-sudo/README.md')).toBe(`${REPOSITORY_URL}/blob/v1.2.3/rules/no-sudo/README.md`);
    expect(repositoryFileUrl('1.0.0-rc.1', 'docs/a b.md')).toBe(`${REPOSITORY_URL}/blob/v1.0.0-rc.1/docs/a%20b.md`);
  });
});
