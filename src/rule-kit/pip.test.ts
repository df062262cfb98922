import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import type { ShellCommand } from '../model/shell/types.js';
import { initShellParser } from '../model/shell/parser.js';
import { commandsOf } from './commands.js';
import { dependencyInstalls } from './dependency-installs.js';
import { invokedCommand } from './invocations.js';
import { isPipInstall, pipCommandOf, requirementFiles } from './pip.js';
import { pythonModuleOf } from './python.js';
import { hasBuildStep } from './toolchains.js';

function run(script: string) {
  return buildModel(`FROM x\nRUN ${script}`).instructions[1]!;
}

function command(script: string): ShellCommand {
  return commandsOf(run(script))[0]!;
}

const values = (c: ShellCommand) => c.args.map((w) => w.value);

beforeAll(() => initShellParser());

/** Every way of running pip, with the words pip itself receives. */
const PIP_RUNS: ReadonlyArray<[string, string[]]> = [
  ['pip install x', ['install', 'x']],
  ['pip3 install x', ['install', 'x']],
  ['pip3.11 install x', ['install', 'x']],
  ['pip2.7.18 install x', ['install', 'x']],
  ['/opt/venv/bin/pip install x', ['install', 'x']],
  ['/usr/local/bin/pip3.12 install x', ['install', 'x']],
  ['python -m pip install x', ['install', 'x']],
  ['python3 -m pip install x', ['install', 'x']],
  ['python3.12 -m pip install x', ['install', 'x']],
  ['/usr/bin/python3 -m pip install x', ['install', 'x']],
  ['python3 -mpip install x', ['install', 'x']],
  ['python3 -u -B -W ignore -X utf8 -m pip install x', ['install', 'x']],
  ['sudo -H pip3 install x', ['install', 'x']],
  ['sudo -u app python3 -m pip install x', ['install', 'x']],
  ['env PIP_NO_CACHE_DIR=1 pip install x', ['install', 'x']],
  ['xargs -n 1 pip install', ['install']],
];

/** Commands that are not pip, though some install Python packages too. */
const NOT_PIP = [
  'pipx install poetry',
  'pipenv install --system',
  'pip-compile requirements.in',
  'pip3-autoremove x',
  'uv pip install x',
  'python3 -m pipx install poetry',
  'python3 -m pip_audit',
  'python3 -m venv /venv',
  'python3 setup.py install',
  'python3 script.py -m pip install x',
  'python3 -c "import pip" -m pip install x',
  'python3 -m "$MODULE" install x',
  'pypip install x',
  'echo pip install x',
];

describe('pipCommandOf', () => {
  it.each(PIP_RUNS)('%s runs pip', (script, args) => {
    const written = command(script);
    const pip = pipCommandOf(written);
    expect(pip?.written).toBe(written);
    expect(values(pip!.command)).toEqual(args);
    expect(pip!.subcommand?.value).toBe(args[0]);
  });

  it.each(NOT_PIP)('%s does not', (script) => {
    expect(pipCommandOf(command(script))).toBeUndefined();
  });

  it('keeps the words of the script, ranges included', () => {
    const pip = pipCommandOf(command('python3 -m pip install x'))!;
    expect(pip.subcommand?.range).toEqual({ start: { line: 1, character: 19 }, end: { line: 1, character: 26 } });
  });

  it.each([
    ['pip --timeout 60 install x', 'install'],
    ['pip --cache-dir /tmp/pip --disable-pip-version-check install x', 'install'],
    ['pip -q --log=/tmp/log download x', 'download'],
    ['python3 -m pip --proxy http://proxy:3128 install x', 'install'],
    ['pip $SUBCOMMAND x', undefined],
  ])('finds the subcommand of %s after pip\'s general options', (script, subcommand) => {
    expect(pipCommandOf(command(script))?.subcommand?.value).toBe(subcommand);
  });
});

describe('isPipInstall', () => {
  it.each([
    ['pip3 install x', true],
    ['python3 -m pip --timeout 10 install x', true],
    ['pip download x', false],
    ['pip cache purge', false],
    ['pipx install x', false],
  ])('%s: %s', (script, expected) => expect(isPipInstall(command(script))).toBe(expected));
});

describe('requirementFiles', () => {
  it('reads every spelling of -r', () => {
    const pip = pipCommandOf(command('pip install -r a.txt --requirement b.txt --requirement=c.txt -rd.txt x'))!;
    expect(requirementFiles(pip.command)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
  });
});

describe('pythonModuleOf', () => {
  it.each([
    ['python3 -m poetry install', 'poetry', ['install']],
    ['python -OO -m http.server 80', 'http.server', ['80']],
    ['python3.11 -mvenv /venv', 'venv', ['/venv']],
  ])('%s runs the module', (script, module, args) => {
    const found = pythonModuleOf(command(script));
    expect(found?.module).toBe(module);
    expect(values(found!.command)).toEqual(args);
  });

  it.each(['python3 app.py -m pip', 'python3 -c "print(1)"', 'python3', 'node -m pip', 'python3 -m'])('%s runs no module', (script) => {
    expect(pythonModuleOf(command(script))).toBeUndefined();
  });
});

describe('the recogniser serves every pip-aware helper', () => {
  it.each(PIP_RUNS)('%s is a build step (DF2001)', (script) => {
    expect(hasBuildStep(run(script))).toBe(true);
  });

  it.each(NOT_PIP.filter((s) => !s.includes('setup.py')))('%s is no pip build step (DF2001)', (script) => {
    expect(hasBuildStep(run(script))).toBe(false);
  });

  it.each(PIP_RUNS)('%s -r requirements.txt installs dependencies (DF3002)', (script) => {
    const [install] = dependencyInstalls(run(`${script} -r requirements.txt`));
    expect(install).toMatchObject({ ecosystem: 'pip', label: 'pip install -r requirements.txt', manifests: ['requirements.txt'] });
  });

  it('keeps `uv pip install -r` as an install of pip\'s requirements files (DF3002)', () => {
    const [install] = dependencyInstalls(run('uv pip install --system -r requirements.txt'));
    expect(install).toMatchObject({ ecosystem: 'pip', manifests: ['requirements.txt'] });
  });

  it.each([
    ['pipx install -r requirements.txt', 0],
    ['python3 -m pipx install -r requirements.txt', 0],
    ['pip download -r requirements.txt', 0],
    ['pip install .', 0],
    ['python3 -m poetry install', 1],
    ['sudo npm ci', 1],
  ])('%s: %i dependency installs (DF3002)', (script, count) => {
    expect(dependencyInstalls(run(script))).toHaveLength(count);
  });

  it('reports the install as written, wrappers included', () => {
    const written = command('sudo -H pip install -r requirements.txt');
    const [install] = dependencyInstalls(run('sudo -H pip install -r requirements.txt'));
    expect(install?.command.nameWord).toEqual(written.nameWord);
    expect(invokedCommand(written).basename).toBe('pip');
  });
});
