import { parentPort, workerData } from 'node:worker_threads';
import { ConfigResolver } from './config/resolver.js';
import type { Source } from './files/discover.js';
import { configsOf, lintSources, type FileOutcome } from './lint-files.js';
import type { WorkerReply, WorkerSetup } from './lint-parallel.js';

/** A worker thread of lintFiles' `jobs`: lints each chunk of files it is sent and answers with their outcomes. */
const setup = workerData as WorkerSetup;
const resolver = new ConfigResolver(setup.resolver);
const options = { ...setup.options, resolver };

parentPort!.on('message', async (chunk: readonly Source[]) => {
  const outcomes: FileOutcome[] = [];
  const configs = await configsOf(chunk, resolver, setup.options.cwd, undefined);
  const notices = await lintSources(chunk, configs, options, setup.options.cwd, async (outcome) => {
    outcomes.push(outcome);
  });
  const reply: WorkerReply = { outcomes, notices };
  parentPort!.postMessage(reply);
});
