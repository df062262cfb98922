import { describe, expect, it } from 'vitest';
import { isInterpreterStart } from './start-command.js';

describe('isInterpreterStart', () => {
  it.each([
    [['bash']], [['/bin/bash', '-l']], [['python3.12', '-i']], [['perl5.38', '-de0']], [['ruby3.3']], [['sbt']],
    [['php82', '-a']], [['C:\\Program Files\\PowerShell\\pwsh.exe', '-NoLogo']], [['ghci']],
  ])('%j starts a prompt', (words) => expect(isInterpreterStart(words)).toBe(true));

  it.each([[['python3', 'app.py']], [['bash', '-c', 'run']], [['/app']], [[]], [['node', 'server.js']]])('%j runs something', (words) => {
    expect(isInterpreterStart(words)).toBe(false);
  });
});
