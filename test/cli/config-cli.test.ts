import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dflint } from './run-cli.js';
import { tempTree } from './temp-tree.js';


const SUDO = 'FROM debian\nRUN sudo true\n';
interface JsonFinding { file: string; code: string; severity: string }
const findings = (stdout: string) => JSON.parse(stdout) as JsonFinding[];
const codesOf = (stdout: string) => findings(stdout).map((f) => `${f.file} ${f.code} ${f.severity}`);

describe('dflint with config files (built binary)', () => {
  const tree = tempTree({
    '.git/HEAD': '',
    '.dflint.yaml': 'rules: { DL3004: warning }\nignore: [DL3006]\nfailureThreshold: error\n',
    'Dockerfile': SUDO,
    'hadolint/.hadolint.yaml': 'ignored: [DL3006, SC2086]\noverride:\n  info: [DL3004]\nno-fail: true\nformat: codacy\n',
    'hadolint/Dockerfile': SUDO,
    'json-here/.dflint.json': '{ "format": "json", "ignore": ["DL3006"] }',
    'json-here/Dockerfile': SUDO,
    'alt.yaml': 'rules: { no-sudo: style }\nignore: [DL3006]\n',
    'broken/.dflint.yaml': 'rules:\n  no-sduo: off\nstrictLabels: yes\n',
    'broken/Dockerfile': SUDO,
  });

  it('uses the nearest config file: severities, ignore list and failure threshold', async () => {
    const run = await dflint(['-f', 'json', 'Dockerfile', 'hadolint', 'json-here'], { cwd: tree });
    expect(codesOf(run.stdout)).toEqual(['Dockerfile DL3004 warning', 'hadolint/Dockerfile DL3004 info', 'json-here/Dockerfile DL3004 error']);
    expect(run.status).toBe(1); // json-here has no threshold: its error fails the run
    expect(run.stderr).toBe('');
  });

  it('exits by each file\'s threshold: a warning under failureThreshold: error passes, hadolint\'s no-fail never fails', async () => {
    expect((await dflint(['Dockerfile'], { cwd: tree })).status).toBe(0);
    expect((await dflint(['hadolint/Dockerfile'], { cwd: tree })).status).toBe(0);
  });

  it('writes the format the current folder\'s .hadolint.yaml names: codacy', async () => {
    const run = await dflint(['Dockerfile'], { cwd: join(tree, 'hadolint') });
    expect(run.stdout).toBe('{"filename":"Dockerfile","patternId":"DL3004","message":"Do not use `sudo`: build steps run as the current USER; switch with `USER` instead","line":2}\n');
    expect(run.stderr).toBe('');
  });

  it('lets --failure-threshold win over the config files', async () => {
    expect((await dflint(['-t', 'warning', 'Dockerfile'], { cwd: tree })).status).toBe(1);
    expect((await dflint(['-t', 'style', 'hadolint/Dockerfile'], { cwd: tree })).status).toBe(1);
  });

  it('takes the report format from the current folder\'s config, unless --format is given', async () => {
    const here = join(tree, 'json-here');
    expect(codesOf((await dflint(['Dockerfile'], { cwd: here })).stdout)).toEqual(['Dockerfile DL3004 error']);
    expect((await dflint(['-f', 'stylish', 'Dockerfile'], { cwd: here })).stdout).toContain('✖ 1 problem');
  });

  it('-c uses one file for every Dockerfile; --no-config none', async () => {
    expect(codesOf((await dflint(['-c', 'alt.yaml', '-f', 'json', 'Dockerfile', 'hadolint/Dockerfile'], { cwd: tree })).stdout)).toEqual(['Dockerfile DL3004 style', 'hadolint/Dockerfile DL3004 style']);
    expect(codesOf((await dflint(['--config', 'hadolint/.hadolint.yaml', '-f', 'json', 'Dockerfile'], { cwd: tree })).stdout)).toEqual(['Dockerfile DL3004 info']);
    const none = await dflint(['--no-config', '-f', 'json', 'Dockerfile'], { cwd: tree });
    expect(codesOf(none.stdout)).toEqual(['Dockerfile DL3006 warning', 'Dockerfile DL3004 error']);
    expect(none.status).toBe(1);
  });

  it('-c with a missing file exits 2', async () => {
    const run = await dflint(['-c', 'nope.yaml', 'Dockerfile'], { cwd: tree });
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toContain('dflint: nope.yaml: cannot read the config file: no such file\n');
  });

  it('exits 2 on an invalid config before linting anything, listing every problem', async () => {
    const run = await dflint(['Dockerfile', 'broken/Dockerfile'], { cwd: tree });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe([
      'dflint: broken/.dflint.yaml:2:3: rules.no-sduo: unknown rule `no-sduo`; did you mean `no-sudo`?',
      'dflint: broken/.dflint.yaml:3:15: strictLabels: expected `true` or `false`; got `yes` (a string)',
      'dflint: invalid configuration; nothing was linted. See docs/configuration.md.',
      '',
    ].join('\n'));
  });

  it('exits 2 on an invalid HADOLINT_* variable', async () => {
    const run = await dflint(['Dockerfile'], { cwd: tree, env: { HADOLINT_FAILURE_THRESHOLD: 'fatal' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('dflint: environment variable HADOLINT_FAILURE_THRESHOLD: expected one of');
  });

  it('reads HADOLINT_* variables below the config file', async () => {
    const run = await dflint(['-f', 'json', '--no-config', 'Dockerfile'], { cwd: tree, env: { HADOLINT_IGNORE: 'DL3006', HADOLINT_OVERRIDE_STYLE: 'DL3004' } });
    expect(codesOf(run.stdout)).toEqual(['Dockerfile DL3004 style']);
    const underConfig = await dflint(['-f', 'json', 'Dockerfile'], { cwd: tree, env: { HADOLINT_OVERRIDE_STYLE: 'DL3004' } });
    expect(codesOf(underConfig.stdout)).toEqual(['Dockerfile DL3004 warning']);
  });

  describe('--rule and --ignore', () => {
    it('set severities over the config, repeatable and with comma lists', async () => {
      const run = await dflint(['-f', 'json', '--rule', 'DL3004:info', '--rule', 'DL3006:error,DL3007:off', 'Dockerfile'], { cwd: tree });
      expect(codesOf(run.stdout)).toEqual(['Dockerfile DL3006 error', 'Dockerfile DL3004 info']);
    });

    it('--ignore adds to the config file\'s ignore list', async () => {
      const run = await dflint(['-f', 'json', '--ignore', 'no-sudo', 'Dockerfile'], { cwd: tree });
      expect(codesOf(run.stdout)).toEqual([]);
      const both = await dflint(['-f', 'json', '--no-config', '--ignore', 'DL3004,DL3006', 'Dockerfile'], { cwd: tree });
      expect(codesOf(both.stdout)).toEqual([]);
      const repeated = await dflint(['-f', 'json', '--no-config', '--ignore', 'DL3004', '--ignore', 'DL3006', 'Dockerfile'], { cwd: tree });
      expect(codesOf(repeated.stdout)).toEqual([]);
    });

    it('reject unknown rules and severities with exit 2', async () => {
      expect(await dflint(['--rule', 'no-sduo:off', 'Dockerfile'], { cwd: tree })).toMatchObject({ status: 2, stderr: expect.stringContaining('--rule no-sduo: Unknown rule `no-sduo`: did you mean `DL3004` (no-sudo)?') });
      expect(await dflint(['--rule', 'DL3004:fatal', 'Dockerfile'], { cwd: tree })).toMatchObject({ status: 2, stderr: expect.stringContaining('--rule DL3004:fatal: expected a severity after the colon') });
      expect(await dflint(['--rule', 'DL3004', 'Dockerfile'], { cwd: tree })).toMatchObject({ status: 2, stderr: expect.stringContaining('expected CODE:SEVERITY') });
      expect(await dflint(['--ignore', 'DL9999', 'Dockerfile'], { cwd: tree })).toMatchObject({ status: 2, stderr: expect.stringContaining('--ignore DL9999: Unknown rule `DL9999`') });
    });
  });

  describe('--print-config', () => {
    it('prints the resolved config of a Dockerfile as YAML, with sources', async () => {
      const run = await dflint(['--print-config', 'Dockerfile', '--ignore', 'DL3006'], { cwd: tree });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('# Config file: .dflint.yaml\n');
      expect(run.stdout).toContain('\nfailureThreshold: error # .dflint.yaml\n');
      expect(run.stdout).toContain('\n  DL3004: warning # no-sudo; .dflint.yaml\n');
      expect(run.stdout).toContain('\n  DL3006: off # require-image-tag; command line\n');
    });

    it('prints JSON with --format json, and works for a file that does not exist yet', async () => {
      const run = await dflint(['--print-config', 'hadolint/new/Dockerfile', '-f', 'json'], { cwd: tree });
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({
        file: 'hadolint/new/Dockerfile',
        configFile: 'hadolint/.hadolint.yaml',
        settings: { failureThreshold: { value: 'none', from: 'hadolint/.hadolint.yaml' } },
        rules: { DL3004: { setting: 'info' } },
        shellcheckRules: { SC2086: { setting: 'off' } },
      });
    });

    it('prints a folder\'s config, without overrides, for a folder', async () => {
      expect((await dflint(['--print-config', 'hadolint'], { cwd: tree })).stdout).toContain('# Config file: hadolint/.hadolint.yaml\n');
    });

    it('exits 2 for an invalid config', async () => {
      expect(await dflint(['--print-config', 'broken/Dockerfile'], { cwd: tree })).toMatchObject({ status: 2, stdout: '' });
    });
  });

  describe('--init', () => {
    it('writes a commented starter that dflint then reads', async () => {
      const dir = tempTree({ 'Dockerfile': SUDO, '.git/HEAD': '' });
      const run = await dflint(['--init'], { cwd: dir });
      expect(run).toMatchObject({ status: 0, stdout: 'Wrote .dflint.yaml\n', stderr: '' });
      expect(readFileSync(join(dir, '.dflint.yaml'), 'utf8')).toMatch(/^# dflint configuration/);
      expect((await dflint(['--print-config', 'Dockerfile'], { cwd: dir })).stdout).toContain('# Config file: .dflint.yaml\n');
    });

    it('refuses to overwrite a config, leaving it untouched', async () => {
      const dir = tempTree({ '.dflint.yaml': 'ignore: [DL3004]\n' });
      const run = await dflint(['--init'], { cwd: dir });
      expect(run).toMatchObject({ status: 2, stdout: '', stderr: 'dflint: .dflint.yaml already configures dflint here; nothing was written\n' });
      expect(readFileSync(join(dir, '.dflint.yaml'), 'utf8')).toBe('ignore: [DL3004]\n');
    });

    it('converts .hadolint.yaml into an equivalent .dflint.yaml', async () => {
      const dir = tempTree({ '.git/HEAD': '', '.hadolint.yaml': 'ignored: [DL3006]\noverride:\n  style: [DL3004]\nfailure-threshold: warning\n', 'Dockerfile': SUDO });
      const before = (await dflint(['--print-config', 'Dockerfile', '-f', 'json'], { cwd: dir })).stdout;
      const run = await dflint(['--init'], { cwd: dir });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Converted \.hadolint\.yaml into \.dflint\.yaml/);
      const after = (await dflint(['--print-config', 'Dockerfile', '-f', 'json'], { cwd: dir })).stdout;
      const meaning = (text: string) => {
        const json = JSON.parse(text) as { rules: Record<string, { setting: string }>; settings: Record<string, { value: unknown }>; configFile: string };
        return { rules: Object.values(json.rules).map((r) => r.setting), settings: Object.values(json.settings).map((s) => s.value), configFile: json.configFile };
      };
      expect(meaning(after)).toEqual({ ...meaning(before), configFile: '.dflint.yaml' });
    });

    it('exits 2 without writing when the hadolint file is invalid', async () => {
      const dir = tempTree({ '.hadolint.yaml': 'ignored: [DL3006\n' });
      const run = await dflint(['--init'], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('dflint: .hadolint.yaml:2:1: YAML syntax error');
      expect(existsSync(join(dir, '.dflint.yaml'))).toBe(false);
    });
  });

  it('colours the report as the current folder\'s config says, unless --no-color', async () => {
    const dir = tempTree({ '.git/HEAD': '', '.dflint.yaml': 'color: true\n', 'Dockerfile': SUDO });
    expect((await dflint(['Dockerfile'], { cwd: dir })).stdout).toMatch(/\u001b\[\d+m/);
    expect((await dflint(['--no-color', 'Dockerfile'], { cwd: dir })).stdout).not.toMatch(/\u001b\[\d+m/);
    const hadolint = tempTree({ '.git/HEAD': '', '.hadolint.yaml': 'no-color: true\n', 'Dockerfile': SUDO });
    expect((await dflint(['Dockerfile'], { cwd: hadolint, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[\d+m/);
  });

  it('reads the config of the --stdin-filename folder for standard input', async () => {
    const run = await dflint(['-f', 'json', '--stdin-filename', 'hadolint/Dockerfile'], { cwd: tree, input: SUDO });
    expect(codesOf(run.stdout)).toEqual(['hadolint/Dockerfile DL3004 info']);
  });
});

describe('reporting unused ignore pragmas (built binary)', () => {
  const tree = tempTree({
    '.git/HEAD': '',
    'Dockerfile': 'FROM debian:12\n# dflint ignore=DL3004\nRUN echo hi\n',
    'on/.dflint.yaml': 'reportUnusedIgnores: true\n',
    'on/Dockerfile': 'FROM debian:12\n# hadolint ignore=DL3004\nRUN echo hi\n',
  });

  it('reports them with --report-unused-ignores or the config key, and --no-report-unused-ignores wins', async () => {
    expect(codesOf((await dflint(['-f', 'json', 'Dockerfile'], { cwd: tree })).stdout)).toEqual([]);
    expect(codesOf((await dflint(['-f', 'json', '--report-unused-ignores', 'Dockerfile'], { cwd: tree })).stdout)).toEqual(['Dockerfile DF0002 warning']);
    expect(codesOf((await dflint(['-f', 'json', 'on/Dockerfile'], { cwd: tree })).stdout)).toEqual(['on/Dockerfile DF0002 warning']);
    expect(codesOf((await dflint(['-f', 'json', '--no-report-unused-ignores', 'on/Dockerfile'], { cwd: tree })).stdout)).toEqual([]);
  });
});
