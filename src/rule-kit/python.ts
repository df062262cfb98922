import type { ShellCommand } from '../model/shell/types.js';

const PYTHON = /^python(?:\d+(?:\.\d+)*)?$/;

/** Whether a program name is a Python interpreter: `python`, `python3`, `python3.12`. */
export function isPython(basename: string): boolean {
  return PYTHON.test(basename);
}

/** Interpreter options that take the next word as their value (`-W ignore`, `-X dev`). */
const VALUE_OPTIONS = ['-W', '-X'];

/** A Python interpreter running a module as a program: `python3 -m pip install x`. */
export interface ModuleRun {
  /** The module's name (`pip`). */
  readonly module: string;
  /** The interpreter command with only the module's arguments as `args` (`install x`). */
  readonly command: ShellCommand;
}

/**
 * The module a Python command runs with `-m` (`-m pip`, `-mpip`, after options such as `-u`),
 * or undefined when it runs a script, code (`-c`), or no static module name.
 */
export function pythonModuleOf(command: ShellCommand): ModuleRun | undefined {
  if (!isPython(command.basename)) return undefined;
  const args = command.args;
  for (let i = 0; i < args.length; i++) {
    const value = args[i]!.value;
    if (value === '-m') {
      const module = args[i + 1]?.value;
      return module ? { module, command: { ...command, args: args.slice(i + 2) } } : undefined;
    }
    if (value?.startsWith('-m')) return { module: value.slice(2), command: { ...command, args: args.slice(i + 1) } };
    if (value !== undefined && VALUE_OPTIONS.includes(value)) {
      i++;
      continue;
    }
    // Python reads its own options up to the first word that is not one: a script, whose
    // arguments the rest are.
    if (value === undefined || !value.startsWith('-')) return undefined;
  }
  return undefined;
}
