import { setModuleImporter, type ModuleImporter } from '../module-import.js';

/**
 * Runs dflint as this process's command: arguments, standard streams, environment and working
 * folder of the process; returns the exit code. Shared by bin.ts and the code-cached bundle.
 */
export async function runProcess(importModule?: ModuleImporter): Promise<number> {
  if (importModule) setModuleImporter(importModule);

  // `dflint . | head`: once the reader is gone, stop quietly with the code already decided.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });

  try {
    const { main } = await import('./main.js');
    return await main(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      // A getter: touching process.stdin opens it, which only `-` needs.
      get stdin() {
        return process.stdin;
      },
      env: process.env,
      cwd: process.cwd(),
    });
  } catch (error) {
    // Exit code 1 means "findings"; a crash must not look like one.
    process.stderr.write(`dflint: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 2;
  }
}
