import type { ShellCommand } from '../model/shell/types.js';
import type { Instruction, Model } from '../model/types.js';
import { commandsOf, hasFlag, outputFiles } from './commands.js';
import { invokedCommand } from './invocations.js';
import { stageLineage } from './stages.js';

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
 * Whether apt is configured to skip recommended packages before `command` of `run` runs: by an
 * earlier command of the same RUN, an earlier RUN of the stage, or a RUN of a stage it is built on.
 * (apt also reads files copied into /etc/apt/apt.conf.d; those are not seen.)
 */
export function configuredWithoutRecommends(model: Model, run: Instruction, command: ShellCommand): boolean {
  const earlier = writesNoRecommendsConfig(run);
  if (earlier && earlier.order < command.order) return true;
  // An ONBUILD trigger runs in a later build, after every instruction of its stage.
  const stage = model.stageOf(run.onbuild ?? run);
  for (const current of stage ? stageLineage(stage) : []) {
    const limit = current === stage && !run.onbuild ? run.index : Infinity;
    if (current.instructions.some((i) => i.kind === 'RUN' && i.index < limit && writesNoRecommendsConfig(i))) return true;
  }
  return false;
}
