import { isAbsolute, sep } from 'node:path';
import { STDIN } from '../files/discover.js';

/**
 * A file's line on GitHub at the commit being checked, from the variables the runner sets;
 * undefined outside GitHub, for standard input and for files outside the workspace.
 */
export function sourceLink(env: NodeJS.ProcessEnv): (file: string, line: number) => string | undefined {
  const server = env.GITHUB_SERVER_URL;
  const repository = env.GITHUB_REPOSITORY;
  const sha = env.GITHUB_SHA;
  if (!server || !repository || !sha) return () => undefined;
  return (file, line) => {
    if (file === STDIN || isAbsolute(file) || file.startsWith(`..${sep}`)) return undefined;
    const path = file.split(sep).map(encodeURIComponent).join('/');
    return `${server}/${repository}/blob/${sha}/${path}#L${line}`;
  };
}

