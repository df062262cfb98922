import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import { initShellParser } from '../model/shell/parser.js';
import { commandsOf, outputFiles } from './commands.js';

describe('outputFiles', () => {
  beforeAll(() => initShellParser());

  it.each([
    ['echo x > a', ['a']],
    ['echo x >> a', ['a']],
    ['echo x 1> a', ['a']],
    ['echo x >| a', ['a']],
    ['echo x &> a &>> b', ['a', 'b']],
    ['echo x 2> a', []],
    ['echo x 2>&1', []],
    ['cat < a', []],
    ['echo x > "$FILE"', []],
  ])('%s writes %j', (script, files) => {
    const [command] = commandsOf(buildModel(`FROM x\nRUN ${script}`).instructions[1]!);
    expect(outputFiles(command!)).toEqual(files);
  });
});
