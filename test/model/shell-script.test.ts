import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import type { ShellCommand } from '../../src/model/shell/types.js';
import type { Model, Range } from '../../src/model/types.js';

beforeAll(() => initShellParser());

const span = (r: Range) => `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
const runs = (model: Model) => model.instructions.filter((i) => i.kind === 'RUN');
const commands = (text: string, index = 0): readonly ShellCommand[] => runs(buildModel(text))[index]!.shell?.commands ?? [];

describe('RUN scripts', () => {
  it('joins continuation lines and drops comment lines, as BuildKit does', () => {
    const model = buildModel('FROM a\nRUN apt-get update && \\\n    # a comment\n        # indented comment\n    apt-get install -y \\\n      curl\n');
    const script = runs(model)[0]!.shell!;
    expect(script.text).toBe('apt-get update &&     apt-get install -y       curl');
    expect(script.commands.map((c) => c.name)).toEqual(['apt-get', 'apt-get']);
  });

  it('maps every word back to its place in the Dockerfile', () => {
    const text = 'FROM a\nRUN apt-get update && \\\n    apt-get install -y \\\n      curl \\\n      git';
    const [, install] = commands(text);
    expect(install!.args.map((w) => `${w.value}@${span(w.range)}`)).toEqual([
      'install@3:13-3:20', '-y@3:21-3:23', 'curl@4:7-4:11', 'git@5:7-5:10',
    ]);
    const model = buildModel(text);
    for (const word of install!.args) expect(model.textOf(word.range)).toBe(word.raw);
  });

  it('records connectors, pipelines, subshells and conditions', () => {
    const [a, b, c, d, e] = commands('FROM a\nRUN a && b | c; (d) || e');
    expect([a, b, c, d, e].map((x) => x!.connector)).toEqual([undefined, '&&', '|', ';', '||']);
    expect(b!.inPipeline && c!.inPipeline).toBe(true);
    expect(d!.inSubshell).toBe(true);
    expect(e!.conditional).toBe(true);
  });

  it('gives static values only for static words', () => {
    const [cmd] = commands('FROM a\nRUN apt-get install "curl" \'git\' $PKGS "lib${V}" a\\ b');
    expect(cmd!.args.map((w) => w.value)).toEqual(['install', 'curl', 'git', undefined, undefined, 'a b']);
  });

  it('lists commands inside command substitutions and if/for bodies', () => {
    const names = commands('FROM a\nRUN if [ -f x ]; then echo $(id -u); fi; for f in *; do rm "$f"; done').map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['echo', 'id', 'rm']));
    const id = commands('FROM a\nRUN echo $(id -u)').find((c) => c.name === 'id')!;
    expect(id.inSubstitution).toBe(true);
  });

  it('keeps redirections on their command', () => {
    const [curl] = commands('FROM a\nRUN curl -fsSL https://x > /tmp/x 2>/dev/null');
    expect(curl!.redirects.map((r) => [r.operator, r.fd, r.target?.value])).toEqual([['>', undefined, '/tmp/x'], ['>', 2, '/dev/null']]);
  });

  it('treats a heredoc-only RUN body as the script', () => {
    const model = buildModel('FROM a\nRUN <<EOF\nset -e\napt-get update\nEOF\nRUN echo after');
    const [first, second] = runs(model);
    expect(first!.shell!.origin).toBe('heredoc');
    expect(first!.shell!.commands.map((c) => `${c.name}@${span(c.nameWord.range)}`)).toEqual(['set@3:1-3:4', 'apt-get@4:1-4:8']);
    expect(second!.shell!.commands[0]!.name).toBe('echo');
  });

  it('skips a heredoc body whose shebang names a non-shell interpreter', () => {
    const model = buildModel('FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint("hi")\nEOF');
    expect(runs(model)[0]!.shell).toBeUndefined();
  });

  it('parses a command with a heredoc as one script with the body as data', () => {
    const names = commands('FROM a\nRUN cat > /etc/x.conf <<EOF && echo done\nkey=value\nEOF').map((c) => c.name);
    expect(names).toEqual(['cat', 'echo']);
  });

  it('understands fd-prefixed heredocs written before the command', () => {
    const model = buildModel('FROM a\nRUN 3<<EOF cat /dev/fd/3\nfd three\nEOF\nRUN true');
    expect(model.instructions.map((i) => i.kind)).toEqual(['FROM', 'RUN', 'RUN']);
    expect(runs(model)[0]!.heredocs[0]).toMatchObject({ name: 'EOF', fd: 3, body: 'fd three\n', terminated: true });
    expect(runs(model)[0]!.shell!.commands.map((c) => c.name)).toEqual(['cat']);
  });

  it('models exec form as one command with exact ranges', () => {
    const [cmd] = commands('FROM a\nRUN ["/usr/bin/pip", "install", "x\\u0041"]');
    expect(cmd).toMatchObject({ name: '/usr/bin/pip', basename: 'pip' });
    expect(cmd!.args.map((w) => `${w.value}@${span(w.range)}`)).toEqual(['install@2:22-2:31', 'xA@2:33-2:42']);
  });

  it('has no script under a PowerShell or cmd SHELL, and follows bash', () => {
    const model = buildModel('FROM a\nSHELL ["powershell", "-Command"]\nRUN Get-Item x\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b');
    const [pwsh, bash] = runs(model);
    expect(pwsh!.shell).toBeUndefined();
    expect(bash!.shell!.dialect).toBe('bash');
    expect(bash!.shell!.hasPipe).toBe(true);
  });

  it('inherits SHELL through FROM <stage> and resets it otherwise', () => {
    const model = buildModel('FROM a AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nRUN x\nFROM b\nRUN y');
    const [inherited, fresh] = runs(model);
    expect(model.shellAt(inherited!).argv).toEqual(['/bin/bash', '-c']);
    expect(model.shellAt(fresh!).argv).toEqual(['/bin/sh', '-c']);
  });

  it('parses CRLF files without carriage returns in scripts', () => {
    const model = buildModel('FROM a\r\nRUN apt-get update && \\\r\n    apt-get install -y curl\r\nRUN <<EOF\r\necho hi\r\nEOF\r\n');
    const [first, second] = runs(model);
    expect(first!.shell!.text).not.toContain('\r');
    expect(first!.shell!.commands[1]!.args.map((w) => w.value)).toEqual(['install', '-y', 'curl']);
    expect(second!.shell!.commands.map((c) => c.name)).toEqual(['echo']);
  });

  it('parses ONBUILD RUN triggers as full instructions', () => {
    const model = buildModel('FROM a\nONBUILD RUN --mount=type=cache,target=/root/.cache pip install x');
    const trigger = model.instructions[1]!.trigger!;
    expect(trigger.kind).toBe('RUN');
    expect(trigger.flags[0]!.options.map((o) => `${o.key}=${o.value}`)).toEqual(['type=cache', 'target=/root/.cache']);
    expect(trigger.shell!.commands[0]!.name).toBe('pip');
    expect(span(trigger.shell!.commands[0]!.nameWord.range)).toBe('2:52-2:55');
  });

  it('honours the backtick escape directive for continuations', () => {
    const model = buildModel('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a `\n    b');
    expect(model.escapeChar).toBe('`');
    expect(runs(model)[0]!.shell!.text).toBe('echo a     b');
  });

  it('parses the literal script of sh -c, bash -c and friends, with ranges inside the quotes', () => {
    const text = 'FROM a\nRUN set -e; bash -ec "apt-get update && rm -rf /var/lib/apt/lists/*" && sh -c \'sudo make\' name';
    const model = buildModel(text);
    const run = runs(model)[0]!;
    const names = run.shell!.commands.map((c) => `${c.name}${c.inSubshell ? '(sub)' : ''}`);
    expect(names).toEqual(['set', 'bash', 'apt-get(sub)', 'rm(sub)', 'sh', 'sudo(sub)']);
    for (const command of run.shell!.commands) expect(model.textOf(command.nameWord.range)).toBe(command.nameWord.raw);
    expect(run.shell!.hasPipe).toBe(false);
  });

  it('leaves sh -c scripts alone when they expand or are escaped', () => {
    expect(commands('FROM a\nRUN sh -c "$CMD" && bash -c "echo \\"x\\"" && sh script.sh -c').map((c) => c.name)).toEqual(['sh', 'bash', 'sh']);
  });

  it('parses the script of an exec-form sh -c', () => {
    const model = buildModel('FROM a\nRUN ["/bin/sh", "-c", "apt-get update && apt-get install -y curl"]');
    const script = runs(model)[0]!.shell!;
    expect(script.commands.map((c) => c.name)).toEqual(['/bin/sh', 'apt-get', 'apt-get']);
    const install = script.commands[2]!;
    expect(install.args.map((w) => `${w.value}@${span(w.range)}`)).toEqual(['install@2:50-2:57', '-y@2:58-2:60', 'curl@2:61-2:65']);
    expect(script.topLevelCommandCount).toBe(2);
  });

  it('counts a sh -c script as the commands it runs', () => {
    const model = buildModel("FROM a\nRUN sh -c 'echo one'\nRUN bash -c 'echo a; echo b'");
    expect(runs(model).map((r) => r.shell!.topLevelCommandCount)).toEqual([1, 2]);
  });

  it('starts stages with the configured default shell', () => {
    const model = buildModel('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN Get-Item x', { defaultShell: ['pwsh', '-Command'] });
    expect(runs(model)[0]!.shell).toBeUndefined();
    expect(model.shellAt(runs(model)[0]!).argv).toEqual(['pwsh', '-Command']);
  });

  it('reads a heredoc shebang with the same shell table as SHELL', () => {
    const dialect = (shebang: string) => runs(buildModel(`FROM a\nRUN <<EOF\n${shebang}\necho hi\nEOF`))[0]!.shell?.dialect;
    expect(dialect('#!/usr/bin/env bash')).toBe('bash');
    expect(dialect('#!/bin/busybox sh')).toBe('ash');
    expect(dialect('#!/bin/mksh')).toBe('ksh');
    expect(dialect('#!/usr/bin/env -S python3 -u')).toBeUndefined();
  });
});
