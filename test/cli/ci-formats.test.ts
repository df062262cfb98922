import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCodeClimateStream, validateReport } from '../formatters/report-schemas.js';
import { dflint } from './run-cli.js';
import { tempTree } from './temp-tree.js';


const SUDO = 'FROM debian:12\nRUN sudo make install\n';

describe('CI report formats from the command line', () => {
  const tree = tempTree({
    '.git/HEAD': '',
    'services/api/Dockerfile': SUDO,
    'legacy/.hadolint.yaml': 'format: gitlab_codeclimate\n',
    'legacy/Dockerfile': SUDO,
  });

  it('gitlab: paths relative to the folder dflint runs in, whatever form the arguments take', async () => {
    const run = await dflint([join(tree, 'services/api/Dockerfile'), './legacy/Dockerfile', '-f', 'gitlab'], { cwd: tree });
    expect(run.status).toBe(1);
    const issues = JSON.parse(run.stdout) as Array<{ location: { path: string } }>;
    expect(validateReport('gitlab', issues)).toBeUndefined();
    expect([...new Set(issues.map((i) => i.location.path))]).toEqual(['services/api/Dockerfile', 'legacy/Dockerfile']);
  });

  it('codeclimate and sonarqube: valid reports; --failure-threshold none exits 0', async () => {
    const stream = await dflint(['services', '-f', 'codeclimate', '-t', 'none'], { cwd: tree });
    expect(stream.status).toBe(0);
    for (const issue of parseCodeClimateStream(stream.stdout)) expect(validateReport('codeclimate', issue)).toBeUndefined();
    const sonar = await dflint(['services', '-f', 'sonarqube'], { cwd: tree });
    expect(validateReport('sonarqube', JSON.parse(sonar.stdout))).toBeUndefined();
  });

  it("takes hadolint's gitlab_codeclimate from a .hadolint.yaml", async () => {
    const run = await dflint(['Dockerfile'], { cwd: join(tree, 'legacy') });
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as Array<{ check_name: string }>).map((i) => i.check_name)).toContain('DL3004');
  });
});
