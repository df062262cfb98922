import { beforeAll, describe, expect, it } from 'vitest';
import { dflintProcess as dflint, ensureBuilt } from './built-cli.js';
import { tempTree } from './temp-tree.js';

beforeAll(() => ensureBuilt(), 120_000);

/** Dockerfiles of a few shapes, paraphrasing what services' repositories hold. */
const SHAPES = [
  'FROM ubuntu\nRUN apt-get update && apt-get install -y curl\n',
  'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n',
  'FROM python:3.12-slim\nRUN pip install flask\nUSER root\nCMD python app.py\n',
  'FROM alpine:3.20\nRUN apk add --no-cache bash\nHEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1\n',
];

/** More files than the threshold for worker threads, with a binary file and a missing path among them. */
const entries: Record<string, string> = {};
for (let index = 0; index < 70; index++) entries[`svc-${String(index).padStart(2, '0')}/Dockerfile`] = SHAPES[index % SHAPES.length]!.replace('RUN', `# service ${index}\nRUN`);
entries['svc-33/tool.Dockerfile'] = 'FROM scratch\0\0\0binary';
const tree = tempTree(entries);

describe('--jobs', () => {
  it.each([['json'], ['stylish'], ['sarif']])('gives the same %s report, errors and exit code with worker threads as without', (format) => {
    const args = ['-f', format, '.', 'missing/Dockerfile'];
    const alone = dflint([...args, '--jobs', '1'], { cwd: tree });
    const threads = dflint([...args, '--jobs', '2'], { cwd: tree });
    expect(alone.status).toBe(2);
    expect(alone.stdout.length).toBeGreaterThan(1000);
    expect(threads).toEqual(alone);
  }, 120_000);

  it('passes --rule and --build-arg on to the worker threads', () => {
    const args = ['-f', 'json', '.', '--rule', 'DL3008:off,InvalidDefinitionDescription:info', '--ignore', 'DL3059', '--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=error=true'];
    const alone = dflint([...args, '--jobs', '1'], { cwd: tree });
    const threads = dflint([...args, '--jobs', '2'], { cwd: tree });
    expect(alone.stderr).not.toContain('internal error');
    expect(alone.stdout).toContain('"DL3025"');
    expect(alone.stdout).not.toContain('"DL3008"');
    expect(threads).toEqual(alone);
  }, 120_000);

  it('rejects a count that is not a whole number of threads', () => {
    expect(dflint(['--jobs', '0', '.'], { cwd: tree })).toMatchObject({ status: 2, stderr: expect.stringContaining('--jobs needs a whole number of threads, 1 or more') });
  });
});
