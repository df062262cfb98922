import { beforeAll, describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/define-rule.js';
import { defaultSetting, describeDefault, UnknownRuleError } from '../../src/engine/registry.js';
import { runRules } from '../../src/engine/run.js';
import type { Rule } from '../../src/engine/types.js';
import { lint } from '../../src/lint.js';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';

beforeAll(() => initShellParser());

const docs = { summary: 'Test rule', why: 'Testing', bad: 'FROM a', good: 'FROM a' };
const options = { file: 'Dockerfile', filename: undefined, buildContext: undefined };

function rule(code: string, create: Rule['create'], extra: Partial<Rule> = {}): Rule {
  return defineRule({ code, name: `test-${code.toLowerCase()}`, aliases: [], severity: 'warning', category: 'correctness', fixable: false, docs, create, ...extra });
}

describe('engine', () => {
  it('turns a throwing rule into one internal-error finding and keeps the others running', () => {
    const model = buildModel('FROM a\nRUN x\nRUN y');
    const crashing = rule('DF9001', () => ({ RUN() { throw new Error('boom'); } }));
    const working = rule('DF9002', (context) => ({ RUN(run) { context.report({ range: run.keywordRange, message: 'run' }); } }));
    const findings = runRules(model, [{ rule: crashing, severity: 'warning' }, { rule: working, severity: 'info' }], options);
    expect(findings.filter((f) => f.code === 'DF0001')).toHaveLength(1);
    expect(findings.find((f) => f.code === 'DF0001')!.message).toContain('DF9001');
    expect(findings.filter((f) => f.code === 'DF9002').map((f) => [f.line, f.severity])).toEqual([[2, 'info'], [3, 'info']]);
  });

  it('sorts findings by position', () => {
    const model = buildModel('FROM a\nRUN x\nRUN y');
    const late = rule('DF9003', (context) => ({ 'file:exit'() { context.report({ range: model.instructions[1]!.keywordRange, message: 'late' }); } }));
    const early = rule('DF9004', (context) => ({ RUN(run) { if (run.index === 2) context.report({ range: run.keywordRange, message: 'early' }); } }));
    const findings = runRules(model, [{ rule: late, severity: 'warning' }, { rule: early, severity: 'warning' }], options);
    expect(findings.map((f) => f.line)).toEqual([2, 3]);
  });

  it('turns related ranges into 1-based positions, and leaves `related` out when a report has none', () => {
    const model = buildModel('FROM a\nRUN x\nRUN y');
    const [, x, y] = model.instructions;
    const relating = rule('DF9007', (context) => ({
      RUN(run) {
        const related = run === x ? [{ range: x.keywordRange, message: 'here' }, { range: y!.keywordRange, message: 'and there' }] : [];
        context.report({ range: run.keywordRange, message: 'run', related });
      },
    }));
    const findings = runRules(model, [{ rule: relating, severity: 'warning' }], options);
    expect(findings[0]!.related).toEqual([
      { line: 2, column: 1, endLine: 2, endColumn: 4, message: 'here' },
      { line: 3, column: 1, endLine: 3, endColumn: 4, message: 'and there' },
    ]);
    expect(findings[1]).not.toHaveProperty('related');
  });

  it('calls stage:exit once per stage, before the next FROM, and file:exit last', () => {
    const model = buildModel('FROM a AS one\nRUN x\nFROM b\nRUN y');
    const calls: string[] = [];
    const tracer = rule('DF9005', () => ({
      '*': (i) => calls.push(i.kind),
      'stage:exit': (s) => calls.push(`exit ${s.index}`),
      'file:exit': () => calls.push('end'),
    }));
    runRules(model, [{ rule: tracer, severity: 'warning' }], options);
    expect(calls).toEqual(['FROM', 'RUN', 'exit 0', 'FROM', 'RUN', 'exit 1', 'end']);
  });

  it('visits ONBUILD triggers only for rules that ask for them', () => {
    const model = buildModel('FROM a\nONBUILD RUN x');
    const seen = (onbuild: boolean) => {
      const kinds: string[] = [];
      runRules(model, [{ rule: rule('DF9006', () => ({ RUN: (r) => kinds.push(r.onbuild ? 'trigger' : 'run') }), { onbuild }), severity: 'warning' }], options);
      return kinds;
    };
    expect(seen(true)).toEqual(['trigger']);
    expect(seen(false)).toEqual([]);
  });

  it('skips rules that need a build context when there is none', () => {
    const model = buildModel('FROM a\nCOPY . .');
    const contextual = rule('DF9007', (context) => ({ COPY: (c) => context.report({ range: c.keywordRange, message: 'x' }) }), { needsBuildContext: true });
    expect(runRules(model, [{ rule: contextual, severity: 'warning' }], options)).toEqual([]);
  });

  it('reports 1-based positions with an exclusive end column', async () => {
    const [finding] = (await lint('FROM a:1\nRUN sudo x')).filter((f) => f.code === 'DL3004');
    expect(finding).toMatchObject({ file: '<text>', code: 'DL3004', name: 'no-sudo', line: 2, column: 5, endLine: 2, endColumn: 9 });
  });

  it('applies rule settings by code, name or alias, and rejects unknown rules', async () => {
    const sudo = async (rules: Record<string, 'off' | 'info'>) => (await lint('FROM a:1\nRUN sudo x', { rules })).filter((f) => f.code === 'DL3004');
    expect(await sudo({ 'no-sudo': 'off' })).toEqual([]);
    expect((await sudo({ DL3004: 'info' }))[0]!.severity).toBe('info');
    await expect(lint('FROM a', { rules: { DL9999: 'off' } })).rejects.toBeInstanceOf(UnknownRuleError);
  });

  it('resolves ARGs with the build args it is given, as `docker build --build-arg` does', async () => {
    const latest = async (buildArgs?: Record<string, string>) =>
      (await lint('ARG TAG=3.12\nFROM python:$TAG', buildArgs ? { buildArgs } : {})).filter((f) => f.code === 'DL3007');
    expect(await latest()).toEqual([]);
    expect(await latest({ TAG: 'latest' })).toHaveLength(1);
  });
});

describe('library entry', () => {
  it('exposes the model rules read', async () => {
    const { parseDockerfile } = await import('../../src/index.js');
    const model = await parseDockerfile('ARG TAG=3.12\nFROM python:${TAG} AS app\nRUN pip install x');
    expect(model.stages[0]).toMatchObject({ name: 'app', image: { repository: 'python', tag: '3.12' } });
    expect(model.instructions[2]!.shell!.commands[0]!.name).toBe('pip');
  });
});

describe('rules that are off by default', () => {
  it('run only when configured, at their own severity', () => {
    const optIn = rule('DF9008', () => ({}), { offByDefault: true, severity: 'info' });
    expect(defaultSetting(optIn)).toBe('off');
    expect(describeDefault(optIn)).toBe('off (info when on)');
    expect(defaultSetting(rule('DF9009', () => ({})))).toBe('warning');
  });
});
