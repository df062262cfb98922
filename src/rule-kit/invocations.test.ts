import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import { initShellParser } from '../model/shell/parser.js';
import { commandsOf } from './commands.js';
import { invokedCommand } from './invocations.js';

function invoked(script: string) {
  const command = invokedCommand(commandsOf(buildModel(`FROM x\nRUN ${script}`).instructions[1]!)[0]!);
  return [command.name, ...command.args.map((w) => w.value ?? w.raw)];
}

describe('invokedCommand', () => {
  beforeAll(() => initShellParser());

  it.each([
    ['sudo -E apt-get install -y x', ['apt-get', 'install', '-y', 'x']],
    ['sudo -u app -g app pip install x', ['pip', 'install', 'x']],
    ['sudo --user=app pip install x', ['pip', 'install', 'x']],
    ['sudo -- pip install x', ['pip', 'install', 'x']],
    ['xargs -n 1 -P 4 apt-get install -y', ['apt-get', 'install', '-y']],
    ['xargs -r apk add', ['apk', 'add']],
    ['env -u HOME A=1 B=2 /usr/bin/pip install x', ['/usr/bin/pip', 'install', 'x']],
    ['env -i PATH=/bin sudo -H nice -n 10 make -j4', ['make', '-j4']],
    ['nohup eatmydata apt-get install x', ['apt-get', 'install', 'x']],
    ['sudo $TOOL install x', ['', 'install', 'x']], // a name that expands is ''
    ['sudo', ['sudo']],
    ['sudo -u app', ['sudo', '-u', 'app']],
    ['env A=1', ['env', 'A=1']],
    ['pip install x', ['pip', 'install', 'x']],
  ])('%s runs %j', (script, expected) => {
    expect(invoked(script)).toEqual(expected);
  });
});
