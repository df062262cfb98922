import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { astInstructionsByLine } from '../../src/parse/dockerfile-ast.js';
import { scan } from '../../src/parse/scan.js';
import { SourceText } from '../../src/parse/source.js';

/** A second copy of dockerfile-ast, loaded apart from the one src/parse/dockerfile-ast.ts memoises. */
function loadUnmemoisedLibrary(): typeof import('dockerfile-ast') {
  const require = createRequire(import.meta.url);
  const cached = Object.keys(require.cache).filter((key) => key.includes('/dockerfile-ast/'));
  const saved = cached.map((key) => [key, require.cache[key]] as const);
  for (const key of cached) delete require.cache[key];
  try {
    return require('dockerfile-ast') as typeof import('dockerfile-ast');
  } finally {
    for (const key of Object.keys(require.cache)) if (key.includes('/dockerfile-ast/')) delete require.cache[key];
    for (const [key, module] of saved) require.cache[key] = module;
  }
}

const GETTERS = [
  'getKeyword', 'getRange', 'getInstructionRange', 'getArguments', 'getArgumentsRange', 'getArgumentsRanges',
  'getArgumentsContent', 'getRawArgumentsContent', 'getFlags', 'getProperties', 'getJSONStrings', 'getHeredocs',
  'getTriggerInstruction', 'getImageName', 'getBuildStage',
] as const;

/** What an instruction's getters return, as plain data (every getter called twice, the second from any cache). */
function readInstruction(instruction: object): unknown {
  const read: Record<string, unknown> = {};
  for (const getter of GETTERS) {
    const method = (instruction as Record<string, unknown>)[getter];
    if (typeof method !== 'function') continue;
    read[getter] = [plain(method.call(instruction)), plain(method.call(instruction))];
  }
  return read;
}

function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  if ('getKeyword' in object) return readInstruction(object);
  const data: Record<string, unknown> = {};
  for (const getter of ['getName', 'getValue', 'getRange', 'getNameRange', 'getValueRange', 'getAssignmentOperator']) {
    const method = object[getter];
    if (typeof method === 'function') data[getter] = plain(method.call(object));
  }
  return Object.keys(data).length > 0 ? data : JSON.parse(JSON.stringify(value)) as unknown;
}

const SAMPLES = [
  'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG A=1 B\nENV X=1 Y="two words" \\\n    Z=3\nENV LEGACY value with spaces\nLABEL a=b "c d"=e\n',
  'FROM alpine\nRUN --mount=type=cache,target=/root/.cache \\\n  # a comment inside\n  apk add curl\nCMD ["sh", "-c", "echo hi"]\nENTRYPOINT [ "a" ,"b" ]\n',
  'FROM alpine\nRUN <<EOF\necho hi\nEOF\nCOPY <<-CONF /etc/x\n\tline\n\tCONF\nARG AFTER=1\n',
  '# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n  C:\\\nENV PATH=C:\\bin;$PATH\n',
  'FROM alpine\nONBUILD ARG ON=1\nONBUILD RUN echo $ON\nHEALTHCHECK --interval=5s CMD curl -f http://x || exit 1\nUSER 1000:1000\nWORKDIR /app\n',
  'FROM alpine\r\nARG CR=1\r\nRUN echo \\\\\nARG SWALLOWED=1\n',
  'FROM alpine\nARG LONE=\r2\nRUN x \\\n#c\n\nARG IN_RUN=1\nARG AFTER=1\n',
  'ARG BASE=alpine\nFROM ${BASE}\nENV \\\n  A=1 \\\n\n  B=2\nRUN echo "<<not a heredoc"\nLABEL x=y\n',
];

describe('dockerfile-ast arguments read once per instruction', () => {
  const unmemoised = loadUnmemoisedLibrary();

  it('loads a copy of the library that is not memoised', async () => {
    const memoised = await import('dockerfile-ast');
    expect(unmemoised.Instruction).not.toBe(memoised.Instruction);
    expect((memoised.Instruction.prototype as unknown as Record<string, () => unknown>)['getRawArguments']!.name).toBe('memoisedRawArguments');
  });

  it.each(SAMPLES)('gives what the library gives, call after call: %j', async (text) => {
    const { DockerfileParser } = await import('dockerfile-ast');
    const expected = unmemoised.DockerfileParser.parse(text).getInstructions().map(readInstruction);
    expect(DockerfileParser.parse(text).getInstructions().map(readInstruction)).toEqual(expected);
  });
});

describe('astInstructionsByLine', () => {
  const unmemoised = loadUnmemoisedLibrary();
  const caseFiles = readdirSync('rules', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = `rules/${entry.name}/cases`;
      try {
        return readdirSync(dir).map((name) => readFileSync(`${dir}/${name}`, 'utf8'));
      } catch {
        return [];
      }
    });

  it.each([...SAMPLES, ...caseFiles].map((text, index) => [index, text] as const))(
    'reads ARG, ENV, LABEL and ONBUILD as a parse of the whole file does (%i)',
    (_index, text) => {
      const source = new SourceText(text);
      const scanned = scan(source);
      // A lone carriage return is handed over as a space (see the next test).
      const whole = new Map(unmemoised.DockerfileParser.parse(scanned.normalized.replace(/\r(?!\n)/g, ' ')).getInstructions().map((i) => [i.getRange().start.line, i]));
      for (const instruction of scanned.instructions) {
        if (!['ARG', 'ENV', 'LABEL', 'ONBUILD'].includes(instruction.keyword.toUpperCase())) continue;
        const expected = whole.get(instruction.startLine);
        const actual = astInstructionsByLine(source, scanned).get(instruction.startLine);
        expect(actual && readInstruction(actual)).toEqual(expected && readInstruction(expected));
      }
    },
  );

  it('counts the lines a lone carriage return is in as BuildKit does: as one line, not two', () => {
    const source = new SourceText('FROM alpine\nLABEL a=\rb\nARG AFTER=1\nENV E=1\n');
    const scanned = scan(source);
    const byLine = astInstructionsByLine(source, scanned);
    expect([...byLine.keys()]).toEqual([1, 2, 3]);
    expect(byLine.get(2)!.getKeyword()).toBe('ARG');
    expect(byLine.get(3)!.getKeyword()).toBe('ENV');
  });
});
