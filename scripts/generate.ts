import { staleFiles, writeGeneratedFiles } from './generate/generated-files.js';
import { packageRoot } from './package-root.js';

/**
 * Regenerates rules/index.ts, every rules/<name>/README.md, the README rule table,
 * schema/dflint.schema.json (the config file's JSON Schema) and docs/hadolint-differences.md
 * from the rules' metadata. With `--check`, writes nothing and exits 1 when a file differs.
 */

async function main(args: readonly string[]): Promise<number> {
  const unknown = args.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown[0]}; usage: generate [--check]`);
    return 2;
  }
  const root = packageRoot();
  if (args.includes('--check')) {
    const stale = await staleFiles(root);
    if (stale.length === 0) return 0;
    console.error(`Generated files out of date (run npm run generate):\n${stale.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  const written = await writeGeneratedFiles(root);
  console.log(written.length === 0 ? 'Generated files are up to date' : `Wrote ${written.join(', ')}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
