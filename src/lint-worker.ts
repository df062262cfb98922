import { parentPort, workerData } from 'node:worker_threads';
import { ConfigResolver } from './config/resolver.js';
import { restoredLayer } from './config/command-line.js';
import type { Source } from './files/discover.js';
import { lintSources, type FileOutcome } from './lint-files.js';
import { SourceQueue } from './files/source-queue.js';
import type { WorkerReply, WorkerSetup } from './lint-parallel.js';

/** A worker thread of lintFiles' `jobs`: lints each chunk of files it is sent and answers with their outcomes. */
const setup = workerData as WorkerSetup;
const resolver = new ConfigResolver({ ...setup.resolver, cli: setup.resolver.cli && restoredLayer(setup.resolver.cli) });
const options = { ...setup.options, resolver };

parentPort!.on('message', async (chunk: readonly Source[]) => {
  const outcomes: FileOutcome[] = [];
  const notices = await lintSources(new SourceQueue([...chunk]), resolver, options, setup.options.cwd, async (outcome) => {
    outcomes.push(outcome);
  });
  const reply: WorkerReply = { outcomes, notices };
  parentPort!.postMessage(reply);
});
