import { expand, type KnownValue } from './expand.js';
import type { Instruction, Resolution, VariableBinding, Variables } from './types.js';

type Scope = ReadonlyMap<string, VariableBinding>;

/** BuildKit's automatic platform ARGs: declared everywhere, values known only at build time. */
export const PLATFORM_ARGS = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
] as const;

export interface StageScopeInput {
  readonly from: Instruction;
  /** Instructions of the stage in order (ONBUILD triggers are looked up through their ONBUILD). */
  readonly instructions: readonly Instruction[];
  /** Index of the parent stage when FROM names an earlier stage. */
  readonly parentIndex: number | undefined;
}

function known(binding: VariableBinding | undefined): KnownValue | undefined {
  if (!binding || binding.value === null) return undefined;
  return { value: binding.value, unresolved: binding.unresolved };
}

/**
 * A value as BuildKit reads it: `rawValue` is the source text, so a value spanning lines still
 * holds its line continuations and the comment or blank lines between them, which BuildKit
 * drops before reading the instruction.
 */
function logicalValue(rawValue: string, escapeChar: string): string {
  const escape = escapeChar === '`' ? '`' : '\\\\';
  return rawValue.replace(new RegExp(`${escape}[ \\t]*\\r?\\n(?:[ \\t]*(?:#[^\\n]*)?\\r?\\n)*`, 'g'), '');
}

/**
 * Computes what each instruction sees: global ARGs (before the first FROM) for FROM lines only,
 * then per stage the ARGs it declares (a bare `ARG NAME` takes the global default) and ENVs,
 * with ENV inherited through `FROM <stage>`. Each instruction sees the values from before it.
 */
export class ScopeTable implements Variables {
  private readonly scopes = new Map<Instruction, Scope>();

  constructor(
    globalArgs: readonly Instruction[],
    stages: readonly StageScopeInput[],
    private readonly escapeChar: string,
  ) {
    let global = new Map<string, VariableBinding>();
    for (const name of PLATFORM_ARGS) {
      global.set(name, { name, value: null, source: 'predefined', instruction: undefined, unresolved: [] });
    }
    for (const arg of globalArgs) {
      this.scopes.set(arg, global);
      global = this.declare(global, arg, 'global-arg', global);
    }
    const finalEnv: Array<Map<string, VariableBinding>> = [];
    for (const stage of stages) {
      this.scopes.set(stage.from, global);
      let scope = new Map<string, VariableBinding>();
      if (stage.parentIndex !== undefined) {
        for (const [name, binding] of finalEnv[stage.parentIndex] ?? []) {
          if (binding.source === 'env') scope.set(name, binding);
        }
      }
      for (const instruction of stage.instructions) {
        this.scopes.set(instruction, scope);
        if (instruction.trigger) this.scopes.set(instruction.trigger, scope);
        if (instruction.kind === 'ARG' || instruction.kind === 'ENV') {
          scope = this.declare(scope, instruction, instruction.kind === 'ARG' ? 'arg' : 'env', global);
        }
      }
      finalEnv.push(scope);
    }
  }

  private declare(
    before: Map<string, VariableBinding>,
    instruction: Instruction,
    source: VariableBinding['source'],
    global: ReadonlyMap<string, VariableBinding>,
  ): Map<string, VariableBinding> {
    const after = new Map(before);
    for (const property of instruction.properties) {
      const name = property.name;
      if (property.value === null) {
        const inherited = source === 'arg' ? global.get(name) : undefined;
        after.set(name, {
          name,
          value: inherited?.value ?? null,
          source,
          instruction,
          unresolved: inherited?.unresolved ?? [],
        });
        continue;
      }
      // Every item of one instruction sees the values from before the instruction.
      const expanded = expand(logicalValue(property.rawValue ?? '', this.escapeChar), (n) => known(before.get(n)), this.escapeChar);
      after.set(name, { name, value: expanded.value, source, instruction, unresolved: expanded.unresolved });
    }
    return after;
  }

  scope(at: Instruction): ReadonlyMap<string, VariableBinding> {
    return this.scopes.get(at) ?? new Map();
  }

  lookup(name: string, at: Instruction): VariableBinding | undefined {
    return this.scope(at).get(name);
  }

  resolve(text: string, at: Instruction): Resolution {
    const scope = this.scope(at);
    return expand(text, (name) => known(scope.get(name)), this.escapeChar);
  }
}
