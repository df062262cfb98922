import type { ShellCommand } from '../model/shell/types.js';
import type { Instruction, Model, Stage } from '../model/types.js';
import { commandsOf, hasFlag, outputFiles } from './commands.js';
import { invokedCommand } from './invocations.js';
import { perModel } from './per-model.js';

/** Where `apt-get update` stores the package index. */
export const APT_LISTS = '/var/lib/apt/lists';

/** apt ≥ 2.7 subcommands that delete the lists themselves. */
export const APT_DISTCLEAN: readonly string[] = ['distclean', 'dist-clean'];

/** Values apt's configuration reads as false (`StringToBool`), lower-cased. */
const APT_FALSE = new Set(['0', 'no', 'false', 'without', 'off', 'disable']);

/** `APT::Install-Recommends=false` as given to `-o`, in any of apt's spellings. */
function isNoRecommendsOption(value: string): boolean {
  const option = value.replace(/^(?:-o=?|--option=)/, '');
  const match = /^APT::Install-Recommends=(.*)$/i.exec(option);
  return match !== null && APT_FALSE.has(match[1]!.trim().toLowerCase());
}

/** Whether an apt command line turns recommended packages off itself. */
export function disablesRecommends(command: ShellCommand): boolean {
  return hasFlag(command, '--no-install-recommends') || command.args.some((w) => w.value !== undefined && isNoRecommendsOption(w.value));
}

/** `APT::Install-Recommends "false";` as written in an apt.conf file. */
const CONFIG_LINE = /APT::Install-Recommends\s+"?([A-Za-z0-9]+)"?/i;

function writesTo(command: ShellCommand, prefix: string): boolean {
  return outputFiles(command).some((file) => file.startsWith(prefix));
}

/**
 * Commands that write `APT::Install-Recommends "false"` into apt's configuration
 * (`echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends`, or through `tee`).
 */
function writesNoRecommendsConfig(instruction: Instruction): ShellCommand | undefined {
  const commands = commandsOf(instruction).map(invokedCommand);
  const teesConfig = commands.some((c) => c.basename === 'tee' && c.args.some((w) => w.value?.startsWith('/etc/apt/') === true));
  return commands.find((c) => {
    if (c.basename !== 'echo' && c.basename !== 'printf') return false;
    const disables = c.args.some((w) => {
      const match = w.value === undefined ? null : CONFIG_LINE.exec(w.value);
      return match !== null && APT_FALSE.has(match[1]!.toLowerCase());
    });
    return disables && (writesTo(c, '/etc/apt/') || (c.inPipeline && teesConfig));
  });
}

/**
 * Per stage, where a RUN of it first writes that configuration (its index), and whether a stage
 * it is built on (`FROM <alias>`, always an earlier stage) writes it: one pass over the file.
 */
const recommendsConfiguration = perModel((model) => {
  const stages = new Map<Stage, { readonly firstWrite: number | undefined; readonly inherited: boolean }>();
  for (const stage of model.stages) {
    const parent = stage.parent && stages.get(stage.parent);
    const inherited = parent !== undefined && (parent.inherited || parent.firstWrite !== undefined);
    const firstWrite = stage.instructions.find((i) => i.kind === 'RUN' && writesNoRecommendsConfig(i))?.index;
    stages.set(stage, { firstWrite, inherited });
  }
  return stages;
});

/**
 * Whether apt is configured to skip recommended packages before `command` of `run` runs: by an
 * earlier command of the same RUN, an earlier RUN of the stage, or a RUN of a stage it is built on.
 * (apt also reads files copied into /etc/apt/apt.conf.d; those are not seen.)
 */
export function configuredWithoutRecommends(model: Model, run: Instruction, command: ShellCommand): boolean {
  const earlier = writesNoRecommendsConfig(run);
  if (earlier && earlier.order < command.order) return true;
  const stage = model.stageOf(run.onbuild ?? run);
  const configuration = stage && recommendsConfiguration(model).get(stage);
  if (!configuration) return false;
  if (configuration.inherited) return true;
  // An ONBUILD trigger runs in a later build, after every instruction of its stage.
  return configuration.firstWrite !== undefined && (run.onbuild !== undefined || configuration.firstWrite < run.index);
}
