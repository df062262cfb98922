// The peer of bench/cli.mjs: reads each file named on the command line (or listed, one per
// line, in the file given with --list) and parses it with dockerfile-ast alone, the parser
// dflint builds on. As a whole process, like the CLI, it is a floor for dflint's cost.
import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';

const args = process.argv.slice(2);
const files = args[0] === '--list' ? readFileSync(args[1], 'utf8').split('\n').filter(Boolean) : args;
let instructions = 0;
for (const file of files) instructions += DockerfileParser.parse(readFileSync(file, 'utf8')).getInstructions().length;
process.stdout.write(`${files.length} files, ${instructions} instructions\n`);
