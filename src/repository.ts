/**
 * Where dflint lives, for links in reports (SARIF `informationUri` and `helpUri`). A constant
 * rather than a read of package.json: formatters also run inside the bundled GitHub Action, where
 * no package.json sits beside the code. test/repository.test.ts keeps it equal to package.json's
 * `repository` and `homepage`.
 */
export const REPOSITORY_URL = 'https://github.com/dflint/dflint';

/**
 * A file of the repository as released in `version` (tags are `v<version>`), so that a report
 * keeps linking to the documentation of the dflint that wrote it, even after rules change.
 */
export function repositoryFileUrl(version: string, path: string): string {
  const segments = path.split('/').map(encodeURIComponent).join('/');
  return `${REPOSITORY_URL}/blob/v${encodeURIComponent(version)}/${segments}`;
}
