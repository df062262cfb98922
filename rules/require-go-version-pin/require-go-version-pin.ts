import { defineRule } from '../../src/engine/define-rule.js';
import { commandsOf, positionals } from '../../src/rule-kit/commands.js';
import { invokedCommand } from '../../src/rule-kit/invocations.js';
import { reportUnpinned } from '../../src/rule-kit/pin-report.js';
import { packageOperands, withoutOptions, type PackageOperand } from '../../src/rule-kit/pinning.js';

/** Build flags of `go install`, `go get` and `go run` that take the next word as their value. */
const VALUE_FLAGS = [
  '-C', '-o', '-p', '-ldflags', '-gcflags', '-asmflags', '-gccgoflags', '-tags', '-mod', '-modfile', '-pkgdir',
  '-overlay', '-buildmode', '-compiler', '-installsuffix', '-pgo', '-exec', '-toolexec', '-covermode', '-coverpkg',
];

/** Version queries that resolve to whatever is newest: no pin. */
const FLOATING = /@(?:latest|upgrade|patch)$/;

/**
 * Whether a package argument fixes what gets built: a local path or `.go` file, or a module
 * query with a version (`@v1.2.3`, a commit). `@none` removes a dependency and needs no pin.
 */
function isPinned(arg: string): boolean {
  if (arg.startsWith('.') || arg.startsWith('/') || arg.endsWith('.go')) return true;
  return arg.includes('@') && !FLOATING.test(arg);
}

export default defineRule({
  code: 'DL3062',
  name: 'require-go-version-pin',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Pin versions in `go install`, `go get` and `go run`',
    why:
      'Without a version, or with `@latest`, `go install example.com/tool` builds whatever the ' +
      'module\'s newest release is on the day of the build, so two builds of the same Dockerfile ' +
      'can differ and a new release can break the image. Name a version: ' +
      '`go install example.com/tool@v1.2.3`.',
    bad: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest',
    good: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2',
    references: ['https://go.dev/ref/mod#go-install'],
    differences:
      'hadolint checks only `go run` when a RUN has one, and only the first `go run`; dflint checks ' +
      'every `go install`, `go get` and `go run` (the package of `go run`, not the program\'s ' +
      'arguments). dflint also accepts `.go` files (`go run main.go`) and `@none` (which removes a ' +
      'dependency), reports the floating queries `@upgrade` and `@patch` like `@latest`, skips the ' +
      'values of build flags such as `-ldflags` and `-o`, and expands ARG, ENV and script ' +
      'variables (a word whose value is unknown is not judged). Go run by its path ' +
      '(`/usr/local/go/bin/go`) or through `sudo` is checked too. dflint ' +
      'reports once per install command (hadolint once per RUN instruction), at the first unpinned package, naming the unpinned packages and giving each as a related location.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const written of commandsOf(run)) {
          const go = invokedCommand(written);
          if (go.basename !== 'go') continue;
          const [subcommand, ...args] = positionals(go, VALUE_FLAGS);
          const action = subcommand?.value;
          if (action !== 'install' && action !== 'get' && action !== 'run') continue;
          let operands: PackageOperand[] = withoutOptions(packageOperands(context.model, run, args));
          // `go run pkg arg...`: the words after the package are the program's.
          if (action === 'run') operands = operands.slice(0, 1);
          const unpinned = operands.filter((o) => !isPinned(o.text));
          reportUnpinned(context.report, unpinned, (first) => `\`go ${action} ${first.text.replace(FLOATING, '')}@<version>\``);
        }
      },
    };
  },
});
