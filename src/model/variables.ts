import { expand, type KnownValue } from './expand.js';
import type { Instruction, Resolution, VariableBinding, Variables } from './types.js';

/** BuildKit's automatic platform ARGs: declared everywhere, values known only at build time. */
export const PLATFORM_ARGS = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
] as const;

/**
 * Every ARG BuildKit declares before the first FROM (frontend/dockerfile/dockerfile2llb/platform.go
 * `defaultArgs`): the platform ARGs, the OS versions and the target stage's name. FROM lines see
 * them without an ARG; a stage sees one only after `ARG NAME`. The proxy variables
 * (`HTTP_PROXY`...) are not among them: BuildKit hands them to RUN's environment only, where the
 * builder expands nothing.
 */
export const PREDEFINED_ARGS: readonly string[] = [...PLATFORM_ARGS, 'BUILDOSVERSION', 'TARGETOSVERSION', 'TARGETSTAGE'];

/** Build args as `docker build --build-arg NAME=VALUE` gives them. */
export type BuildArgs = Readonly<Record<string, string>>;

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
 * with both inherited through `FROM <stage>` (BuildKit keeps a parent stage's ARGs declared, and
 * their values in the environment). Each instruction sees the values from before it. A build arg
 * gives its value to every ARG of its name that is declared, default or not, and to the
 * predefined ARGs; it declares nothing.
 */
export class ScopeTable implements Variables {
  private readonly scopes = new Map<Instruction, ScopeVersion>();

  constructor(
    globalArgs: readonly Instruction[],
    stages: readonly StageScopeInput[],
    private readonly escapeChar: string,
    private readonly buildArgs: BuildArgs = {},
  ) {
    const predefined = new Map<string, VariableBinding>();
    for (const name of PREDEFINED_ARGS) {
      predefined.set(name, { name, value: this.buildArg(name) ?? null, source: 'predefined', instruction: undefined, unresolved: [] });
    }
    const globalHistory = new ScopeHistory(predefined);
    for (const arg of globalArgs) {
      this.scopes.set(arg, globalHistory.current());
      this.declare(globalHistory, arg, 'global-arg', predefined);
    }
    const globalEnd = globalHistory.current();
    const global = globalEnd.toMap();
    const finalEnv: Array<ReadonlyMap<string, VariableBinding>> = [];
    for (const stage of stages) {
      this.scopes.set(stage.from, globalEnd);
      const inherited = new Map<string, VariableBinding>();
      if (stage.parentIndex !== undefined) {
        for (const [name, binding] of finalEnv[stage.parentIndex] ?? []) inherited.set(name, binding);
      }
      const history = new ScopeHistory(inherited);
      for (const instruction of stage.instructions) {
        const scope = history.current();
        this.scopes.set(instruction, scope);
        if (instruction.trigger) this.scopes.set(instruction.trigger, scope);
        if (instruction.kind === 'ARG' || instruction.kind === 'ENV') {
          this.declare(history, instruction, instruction.kind === 'ARG' ? 'arg' : 'env', global);
        }
      }
      finalEnv.push(history.current().toMap());
    }
  }

  private buildArg(name: string): string | undefined {
    return Object.prototype.hasOwnProperty.call(this.buildArgs, name) ? this.buildArgs[name] : undefined;
  }

  private declare(
    history: ScopeHistory,
    instruction: Instruction,
    source: VariableBinding['source'],
    global: ReadonlyMap<string, VariableBinding>,
  ): void {
    // Every item of one instruction sees the values from before the instruction.
    const before = history.current();
    const bindings: VariableBinding[] = [];
    for (const property of instruction.properties) {
      const name = property.name;
      const given = source === 'env' ? undefined : this.buildArg(name);
      if (given !== undefined) {
        bindings.push({ name, value: given, source, instruction, unresolved: [] });
        continue;
      }
      if (property.value === null) {
        const inherited = source === 'arg' ? global.get(name) : undefined;
        bindings.push({
          name,
          value: inherited?.value ?? null,
          source,
          instruction,
          unresolved: inherited?.unresolved ?? [],
        });
        continue;
      }
      const expanded = expand(logicalValue(property.rawValue ?? '', this.escapeChar), (n) => known(before.get(n)), this.escapeChar);
      bindings.push({ name, value: expanded.value, source, instruction, unresolved: expanded.unresolved });
    }
    history.record(bindings);
  }

  scope(at: Instruction): ReadonlyMap<string, VariableBinding> {
    return this.scopes.get(at)?.toMap() ?? new Map();
  }

  lookup(name: string, at: Instruction): VariableBinding | undefined {
    return this.scopes.get(at)?.get(name);
  }

  resolve(text: string, at: Instruction): Resolution {
    const scope = this.scopes.get(at);
    return expand(text, (name) => known(scope?.get(name)), this.escapeChar);
  }
}

/**
 * The bindings of one scope (the global ARGs, or a stage) as they change, instruction after
 * instruction. Each name keeps the list of its bindings with the version that made them, so a
 * declaration costs its own items and a lookup a binary search: copying the scope at every ARG
 * or ENV made a file of many ARGs quadratic.
 */
class ScopeHistory {
  private version = 0;
  private readonly byName = new Map<string, Array<{ readonly version: number; readonly binding: VariableBinding }>>();

  constructor(private readonly initial: ReadonlyMap<string, VariableBinding>) {}

  current(): ScopeVersion {
    return new ScopeVersion(this, this.version);
  }

  /** One instruction's bindings (a later item of the same name wins). */
  record(bindings: readonly VariableBinding[]): void {
    this.version++;
    for (const binding of bindings) {
      let list = this.byName.get(binding.name);
      if (!list) this.byName.set(binding.name, (list = []));
      if (list[list.length - 1]?.version === this.version) list.pop();
      list.push({ version: this.version, binding });
    }
  }

  /** The binding of a name as of a version (made by the declarations numbered up to it). */
  get(name: string, version: number): VariableBinding | undefined {
    const list = this.byName.get(name);
    if (list) {
      let low = 0;
      let high = list.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (list[mid]!.version <= version) low = mid + 1;
        else high = mid;
      }
      if (low > 0) return list[low - 1]!.binding;
    }
    return this.initial.get(name);
  }

  names(): Iterable<string> {
    return new Set([...this.initial.keys(), ...this.byName.keys()]);
  }
}

class ScopeVersion {
  constructor(private readonly history: ScopeHistory, private readonly version: number) {}

  get(name: string): VariableBinding | undefined {
    return this.history.get(name, this.version);
  }

  toMap(): Map<string, VariableBinding> {
    const map = new Map<string, VariableBinding>();
    for (const name of this.history.names()) {
      const binding = this.get(name);
      if (binding) map.set(name, binding);
    }
    return map;
  }
}
