import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import { initShellParser } from '../model/shell/parser.js';
import { packageCommands } from './package-managers.js';
import { pipInstalls } from './pip.js';

function run(script: string) {
  return buildModel(`FROM x\nRUN ${script}`).instructions[1]!;
}

describe('packageCommands', () => {
  beforeAll(() => initShellParser());

  it.each([
    ['apt-get -o Dpkg::Options::=--force-confold -y install x', 'apt-get', 'install', false, true],
    ['apt-get --target-release bookworm-backports install x', 'apt-get', 'install', false, true],
    ['sudo -u root apt-get update', 'apt-get', 'update', true, false],
    ['xargs -r -n 1 apt-get install -y < /pkgs', 'apt-get', 'install', false, true],
    ['env DEBIAN_FRONTEND=noninteractive apt-get dist-upgrade -y', 'apt-get', 'dist-upgrade', false, true],
    ['apk --no-cache -X https://x add curl', 'apk', 'add', false, true],
    ['apk del curl', 'apk', 'del', false, false],
    ['dnf --setopt=tsflags=nodocs makecache', 'dnf', 'makecache', true, false],
    ['zypper --non-interactive --gpg-auto-import-keys ref', 'zypper', 'ref', true, false],
    ['zypper -n in curl', 'zypper', 'in', false, true],
    ['apt-get $ACTION', 'apt-get', undefined, false, true],
  ])('%s', (script, tool, action, refreshes, uses) => {
    const [call] = packageCommands(run(script));
    expect(call).toMatchObject({ tool, action, refreshesIndex: refreshes, mayUseIndex: uses });
  });

  it('ignores a package manager named as an argument', () => {
    expect(packageCommands(run('echo apt-get update && which apk'))).toEqual([]);
  });

  const operands = (script: string) => packageCommands(run(script)).map((c) => [c.change, c.operands.map((w) => w.value)]);

  it.each([
    ['apt-get install -y -a arm64 --no-install-recommends gcc make', 'install', ['gcc', 'make']],
    ['sudo -E apt-get -o Acquire::Retries=3 install -y gcc', 'install', ['gcc']],
    ['env DEBIAN_FRONTEND=noninteractive apt-get purge -y --auto-remove gcc', 'remove', ['gcc']],
    ['apt-get auto-remove -y', 'autoremove', []],
    ['aptitude install -y -t bookworm-backports gcc', 'install', ['gcc']],
    ['apk add --no-cache --virtual .build-deps gcc', 'install', ['gcc']],
    ['apk add -t .deps gcc', 'install', ['gcc']],
    ['apk del --no-network .deps', 'remove', ['.deps']],
    ['dnf --setopt=install_weak_deps=False --enablerepo crb install -y gcc', 'install', ['gcc']],
    ['yum group install -y "Development Tools"', 'install', ['Development Tools']],
    ['dnf groups remove -y "Development Tools"', 'remove', ['Development Tools']],
    ['yum groupinstall -y "Development Tools"', 'install', ['Development Tools']],
    ['tdnf install -y gcc', 'install', ['gcc']],
    ['microdnf autoremove', 'autoremove', []],
    ['zypper --root /target -n in -t pattern devel_basis', 'install', ['devel_basis']],
    ['zypper -t in -D gcc', 'install', ['gcc']],
    ['zypper -n rm --from repo gcc', 'remove', ['gcc']],
    ['apt-get update', undefined, []],
    ['apk search gcc', undefined, ['gcc']],
  ])('%s', (script, change, packages) => {
    expect(operands(script)).toEqual([[change, packages]]);
  });
});

describe('pipInstalls', () => {
  beforeAll(() => initShellParser());

  it.each([
    ['pip install x', 1],
    ['pip3.12 --disable-pip-version-check install x', 1],
    ['/opt/venv/bin/pip install x', 1],
    ['python3 -m pip install x', 1],
    ['python -u -W ignore -m pip install x', 1],
    ['python3 -mpip install x', 1],
    ['sudo -H pip3 install x', 1],
    ['pip download x', 0],
    ['pipx install x', 0],
    ['pipenv install', 0],
    ['uv pip install x', 0],
    ['python3 -m pipx install x', 0],
    ['python3 setup.py install', 0],
    ['python3 script.py -m pip install', 0],
  ])('%s', (script, count) => {
    expect(pipInstalls(run(script))).toHaveLength(count);
  });
});
