import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import type { Model, SyntaxProblemKind } from '../../src/model/types.js';

/**
 * Regressions for the parsing-layer quirks listed in the dependency evaluation (deps.md §1,
 * items 1-10): places where dockerfile-ast alone reads a Dockerfile differently from BuildKit.
 */
beforeAll(() => initShellParser());

function kinds(model: Model): SyntaxProblemKind[] {
  return model.problems.map((p) => p.kind);
}

function commandNames(model: Model, index: number): string[] {
  return model.instructions[index]!.shell!.commands.map((c) => c.name);
}

describe('parsing-layer quirks (deps.md §1)', () => {
  it('1. an indented comment inside a continuation does not leak into the RUN script', () => {
    const model = buildModel('FROM debian:12\nRUN apt-get install -y \\\n        curl \\\n    # indented comment\n        git \\\n        make\n');
    const run = model.instructions[1]!;
    expect(run.shell!.text).not.toContain('#');
    expect(commandNames(model, 1)).toEqual(['apt-get']);
    expect(run.shell!.commands[0]!.args.map((a) => a.value)).toEqual(['install', '-y', 'curl', 'git', 'make']);
    expect(model.comments.map((c) => c.text)).toEqual([' indented comment']);
    expect(model.problems).toEqual([]);
  });

  it('2. `3<<EOF` is a heredoc with fd 3 and its body does not become instructions', () => {
    const model = buildModel('FROM debian:12\nRUN 3<<EOF cat /dev/fd/3\nfd three\nEOF\nRUN echo done\n');
    expect(model.instructions.map((i) => i.kind)).toEqual(['FROM', 'RUN', 'RUN']);
    const heredoc = model.instructions[1]!.heredocs[0]!;
    expect(heredoc).toMatchObject({ name: 'EOF', fd: 3, body: 'fd three\n', terminated: true });
    expect(heredoc.markerRange).toEqual({ start: { line: 1, character: 4 }, end: { line: 1, character: 10 } });
    expect(commandNames(model, 1)).toEqual(['cat']);
    expect(model.problems).toEqual([]);
  });

  it('3. `COPY --chown=1:1 --from=build` gives a stage dependency', () => {
    const model = buildModel('FROM golang:1.22 AS build\nRUN go build\nFROM debian:12\nCOPY --chown=1:1 --chmod=0755 --link --from=build /out /app\n');
    const [dependency] = model.stages[1]!.dependencies;
    expect(dependency).toMatchObject({ kind: 'copy', reference: 'build' });
    expect(dependency!.stage).toBe(model.stages[0]);
    expect(dependency!.range).toEqual({ start: { line: 3, character: 44 }, end: { line: 3, character: 49 } });
  });

  it('4. comments and blank lines before FROM do not crash variable lookups', () => {
    const model = buildModel('# a comment\n\n# another\nARG TAG=12\nFROM debian:${TAG}\nRUN echo hi\n');
    expect(model.stages[0]!.image.resolved).toBe('debian:12');
    expect(model.variables.scope(model.instructions[2]!).size).toBe(0);
    expect(model.problems).toEqual([]);
  });

  it('5. JSON `\\u` escapes are decoded in exec form', () => {
    const model = buildModel('FROM debian:12\nCMD ["\\u0041", "b\\u00e9"]\n');
    expect(model.instructions[1]!.exec!.map((s) => s.value)).toEqual(['A', 'bé']);
    expect(model.instructions[1]!.exec![0]!.range).toEqual({ start: { line: 1, character: 5 }, end: { line: 1, character: 13 } });
  });

  describe('6. directive edge cases follow BuildKit', () => {
    it('an unknown directive ends the block, so a later escape is a comment', () => {
      const model = buildModel('# foo=bar\n# escape=`\nFROM debian:12\nRUN echo a \\\n  b\n');
      expect(model.escapeChar).toBe('\\');
      expect(model.directives).toEqual([]);
      expect(model.instructions.map((i) => i.kind)).toEqual(['FROM', 'RUN']);
      expect(model.problems).toEqual([]);
    });

    it('a duplicate escape directive is a problem on the duplicate line', () => {
      const model = buildModel('# escape=`\n# escape=\\\nFROM debian:12\n');
      expect(model.escapeChar).toBe('`');
      expect(kinds(model)).toEqual(['invalid-directive']);
      expect(model.problems[0]!.range.start).toEqual({ line: 1, character: 0 });
    });

    it('an invalid escape token is a problem and the escape stays `\\`', () => {
      const model = buildModel('# escape=x\nFROM debian:12\n');
      expect(model.escapeChar).toBe('\\');
      expect(kinds(model)).toEqual(['invalid-directive']);
      expect(model.problems[0]!.range).toEqual({ start: { line: 0, character: 9 }, end: { line: 0, character: 10 } });
    });

    it('the escape directive is applied', () => {
      const model = buildModel('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir c:\\ `\n  && echo done\n');
      expect(model.escapeChar).toBe('`');
      expect(model.instructions.map((i) => i.kind)).toEqual(['FROM', 'RUN']);
      expect(model.instructions[1]!.argsText).toBe('dir c:\\   && echo done');
    });
  });

  it('7. a UTF-8 byte order mark is stripped (FROM starts in column 1)', () => {
    const model = buildModel('\uFEFFFROM debian:12\nRUN echo hi\n');
    expect(model.instructions[0]!.kind).toBe('FROM');
    expect(model.instructions[0]!.keywordRange).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 4 } });
    expect(model.stages[0]!.image.repository).toBe('debian');
    expect(model.problems).toEqual([]);
  });

  it('8. ENV is inherited through `FROM <stage>` and resolved recursively', () => {
    const model = buildModel('FROM node:22 AS deps\nENV V=1 NODE_ENV=production\nENV APP=${V}-x\nFROM deps AS build\nRUN echo $NODE_ENV\n');
    const run = model.instructions[4]!;
    expect(model.variables.lookup('NODE_ENV', run)?.value).toBe('production');
    expect(model.variables.resolve('${APP}', run).value).toBe('1-x');
  });

  it('9. an unterminated heredoc does not swallow the rest of the file', () => {
    const model = buildModel('FROM debian:12\nRUN <<EOF\necho one\nRUN echo two\nFROM alpine:3.20\nCMD ["sh"]\n');
    expect(model.instructions.map((i) => i.kind)).toEqual(['FROM', 'RUN', 'RUN', 'FROM', 'CMD']);
    expect(model.stages).toHaveLength(2);
    expect(kinds(model)).toEqual(['unterminated-heredoc']);
    expect(model.problems[0]!.range).toEqual({ start: { line: 1, character: 4 }, end: { line: 1, character: 9 } });
    expect(model.instructions[1]!.heredocs[0]!.terminated).toBe(false);
  });

  it('10. empty continuation lines are detected (comment lines are not empty)', () => {
    const model = buildModel('FROM debian:12\nRUN apt-get update && \\\n\n    # a comment\n  \n    apt-get install -y curl\n');
    expect(kinds(model)).toEqual(['empty-continuation', 'empty-continuation']);
    expect(model.problems.map((p) => p.range.start.line)).toEqual([2, 4]);
    expect(commandNames(model, 1)).toEqual(['apt-get', 'apt-get']);
  });

  it('a continuation on the last line is not followed by an empty continuation', () => {
    expect(buildModel('FROM debian:12\nRUN echo hi \\\n').problems).toEqual([]);
    expect(buildModel('FROM debian:12\r\nRUN echo hi \\\r\n').problems).toEqual([]);
    expect(kinds(buildModel('FROM debian:12\nRUN echo hi \\\n\n'))).toEqual(['empty-continuation']);
  });

  it('an empty line inside a heredoc body is not an empty continuation', () => {
    const model = buildModel('FROM debian:12\nRUN <<EOF\necho a\n\necho b\nEOF\n');
    expect(model.problems).toEqual([]);
  });

  it('CRLF files: positions and scripts carry no `\\r`', () => {
    const model = buildModel('FROM debian:12\r\nRUN apt-get update && \\\r\n    apt-get install -y curl\r\nRUN <<EOF\r\necho hi\r\nEOF\r\nCMD ["node", "app.js"]\r\n');
    expect(model.instructions.map((i) => i.kind)).toEqual(['FROM', 'RUN', 'RUN', 'CMD']);
    const [, run, heredocRun, cmd] = model.instructions;
    expect(run!.shell!.text).not.toContain('\r');
    expect(run!.argsText).not.toContain('\r');
    expect(run!.shell!.commands[1]!.args.at(-1)!.range).toEqual({ start: { line: 2, character: 23 }, end: { line: 2, character: 27 } });
    expect(run!.range.end).toEqual({ line: 2, character: 27 });
    expect(heredocRun!.heredocs[0]!.body).toBe('echo hi\n');
    expect(heredocRun!.shell!.text).not.toContain('\r');
    expect(heredocRun!.heredocs[0]!.terminated).toBe(true);
    expect(cmd!.exec!.map((s) => s.value)).toEqual(['node', 'app.js']);
    expect(cmd!.argsRange!.end).toEqual({ line: 6, character: 22 });
    expect(model.stages[0]!.image.tag).toBe('12');
    expect(model.problems).toEqual([]);
  });
});

describe('syntax problems', () => {
  it.each<[string, string, SyntaxProblemKind[]]>([
    ['unknown instruction', 'FROM debian:12\nRUNN echo hi\n', ['unknown-instruction']],
    ['missing arguments', 'FROM debian:12\nWORKDIR\n', ['missing-arguments']],
    ['FROM with two words', 'FROM debian:12 builder\n', ['invalid-arguments']],
    ['unknown HEALTHCHECK type', 'FROM debian:12\nHEALTHCHECK CMDD curl -f http://localhost/\n', ['invalid-arguments']],
    ['SHELL in shell form', 'FROM debian:12\nSHELL /bin/bash -c\n', ['invalid-json']],
    ['JSON array with a number', 'FROM debian:12\nCMD ["sleep", 5]\n', ['invalid-json']],
    ['SHELL []', 'FROM debian:12\nSHELL []\n', ['missing-arguments']],
    ['a problem inside ONBUILD', 'FROM debian:12\nONBUILD RUNN x\n', ['unknown-instruction']],
  ])('%s', (_name, text, expected) => {
    expect(kinds(buildModel(text))).toEqual(expected);
  });

  it('an unterminated heredoc under ONBUILD is one problem, at its marker', () => {
    const model = buildModel('FROM debian:12\nONBUILD RUN <<EOF\nmake\n');
    expect(kinds(model)).toEqual(['unterminated-heredoc']);
    expect(model.problems[0]!.range.start).toEqual({ line: 1, character: 12 });
  });

  it('invalid JSON after HEALTHCHECK CMD points at the array, not at CMD', () => {
    const model = buildModel('FROM debian:12\nHEALTHCHECK --retries=3 CMD ["sleep", 1]\n');
    expect(kinds(model)).toEqual(['invalid-json']);
    expect(model.problems[0]!.range).toEqual({ start: { line: 1, character: 28 }, end: { line: 1, character: 40 } });
  });

  it.each([
    'FROM debian:12 AS build\nHEALTHCHECK NONE\n',
    'FROM debian:12\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/\n',
    'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nCMD [\'node\', \'app.js\']\n',
    'FROM debian:12\nRUN echo "[1, 2]"\n',
  ])('no problem: %s', (text) => {
    expect(buildModel(text).problems).toEqual([]);
  });
});
