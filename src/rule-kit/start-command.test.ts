import { describe, expect, it } from 'vitest';
import { effectiveCommand, isDevelopmentCommand, isInterpreterStart, isUsageCommand, isWindowsCommand } from './start-command.js';

describe('isInterpreterStart', () => {
  it.each([
    [['bash']], [['/bin/bash', '-l']], [['python3.12', '-i']], [['perl5.38', '-de0']], [['ruby3.3']], [['sbt']],
    [['php82', '-a']], [['C:\\Program Files\\PowerShell\\pwsh.exe', '-NoLogo']], [['ghci']], [['bash', '-i', '-c', 'make']],
    [['clj']],
  ])('%j starts a prompt', (words) => expect(isInterpreterStart(words)).toBe(true));

  it.each([[['python3', 'app.py']], [['bash', '-c', 'run']], [['/app']], [[]], [['node', 'server.js']]])('%j runs something', (words) => {
    expect(isInterpreterStart(words)).toBe(false);
  });
});

describe('effectiveCommand', () => {
  it.each([
    [{ entrypoint: ['tini', '-g', '--'], cmd: ['python', 'app.py'] }, ['python', 'app.py']],
    [{ entrypoint: ['/sbin/tini', '-s', '--', 'dlv', 'exec'], cmd: [] }, ['dlv', 'exec']],
    [{ entrypoint: ['dumb-init', 'nginx'], cmd: [] }, ['nginx']],
    [{ entrypoint: ['docker-php-entrypoint'], cmd: ['php', '-a'] }, ['php', '-a']],
    [{ entrypoint: ['/entrypoint.sh'], cmd: [] }, ['/entrypoint.sh']],
    [{ entrypoint: undefined, cmd: ['node'] }, ['node']],
    [{ entrypoint: ['python'], cmd: ['job.py'] }, ['python', 'job.py']],
    [{ entrypoint: ['/bin/bash', '/usr/local/bin/runner'], cmd: [] }, ['/usr/local/bin/runner']],
    [{ entrypoint: undefined, cmd: ['/bin/sh', '-c', 'gradle jar -Pversion=$V'] }, ['gradle', 'jar', '-Pversion=$V']],
    [{ entrypoint: undefined, cmd: ['exec', 'gradle', 'jar'] }, ['gradle', 'jar']],
    [{ entrypoint: ['env', 'A=1', 'jshell'], cmd: [] }, ['jshell']],
    [{ entrypoint: ['sh', '-c', 'app && echo done'], cmd: [] }, ['sh', '-c', 'app && echo done']],
  ])('%j runs %j', (start, words) => expect(effectiveCommand(start)).toEqual(words));
});

describe('isDevelopmentCommand', () => {
  it.each([
    [['mvn']], [['gradle', 'build']], [['/bin/go', 'version']], [['rpmbuild']], [['/root/build-deb/build-deb']],
    [['tail', '-f', '/dev/null']], [['sleep', 'infinity']], [['clojure', '-M', '--repl']], [['lein', 'repl']],
    [['jshell']], [['pytest']], [['dockerd-entrypoint.sh']], [['run-jnlp-client']],
  ])('%j is a development or CI command', (words) => expect(isDevelopmentCommand(words)).toBe(true));

  it.each([
    [['go', 'run', './cmd/server']], [['./mvnw', 'spring-boot:run']], [['gradle', 'bootRun']], [['dotnet', 'app.dll']],
    [['sleep', '10']], [['tail', '-f', '/var/log/app.log']], [['nginx', '-g', 'daemon off;']], [['/entrypoint.sh']],
  ])('%j runs an app', (words) => expect(isDevelopmentCommand(words)).toBe(false));
});

describe('isUsageCommand', () => {
  it.each([[['kubectl', '--help']], [['sqlplus', '-v']], [['tesseract', '--help-extra']], [['docker-compose', 'help']]])(
    '%j prints usage', (words) => expect(isUsageCommand(words)).toBe(true),
  );
  it.each([[['kubectl']], [['vault', 'server', '-dev']], [['--help']]])('%j does more', (words) => expect(isUsageCommand(words)).toBe(false));
});

describe('isWindowsCommand', () => {
  it.each([[['node.exe', 'app.js'], true], [['cmd', '/C', 'run.cmd'], true], [['powershell', './init.ps1'], true], [['pwsh'], false], [['node'], false]])(
    '%j: %s', (words, windows) => expect(isWindowsCommand(words)).toBe(windows),
  );
});
