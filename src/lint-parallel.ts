import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ConfigResolver, ResolverOptions } from './config/resolver.js';
import { portableLayer, type PortableLayer } from './config/command-line.js';
import type { Source } from './files/discover.js';
import type { SourceQueue } from './files/source-queue.js';
import type { FileOutcome, WorkerOptions } from './lint-files.js';

/** Files sent to a worker at once: enough to keep messages few, few enough to balance the threads' loads. */
const CHUNK = 16;

/**
 * Chunks linted ahead of the next one to hand over, per thread: the outcomes waiting for an
 * earlier chunk stay few even when one chunk (a huge file) takes long.
 */
const AHEAD_PER_THREAD = 4;

/** Each worker's old-generation heap: a few times what linting the largest corpus files needs. */
const WORKER_HEAP_MB = 96;
// V8's default young generation is sized for one isolate per process; per thread it cost ~60 MB of
// peak RSS on ten copies of the corpus. 24 MB keeps that in bounds for the same CPU (8 MB cost 30% more).
const WORKER_YOUNG_MB = 24;

/** What the main thread sends a worker when it starts: its options and how to rebuild the resolver. */
export interface WorkerSetup {
  readonly options: WorkerOptions;
  readonly resolver: Omit<ResolverOptions, 'rules' | 'cli'> & { readonly cli?: PortableLayer };
}

/** A worker's answer for one chunk of files: each file's outcome in order, and ShellCheck's notices. */
export interface WorkerReply {
  readonly outcomes: readonly FileOutcome[];
  readonly notices: readonly string[];
}

/**
 * Lints the queued sources on `jobs` worker threads, chunk by chunk, handing the outcomes over in input
 * order. A worker that crashes (out of its bounded memory on a huge file, say) is replaced, and
 * its chunk is linted by `here` in this thread, whose memory is not bounded.
 */
export async function lintInWorkers(
  queue: SourceQueue,
  resolver: ConfigResolver,
  options: WorkerOptions,
  jobs: number,
  take: (outcome: FileOutcome) => Promise<void>,
  here: (chunk: readonly Source[]) => Promise<WorkerReply>,
): Promise<string[]> {
  const { rules: _rules, cli, ...resolverOptions } = resolver.options;
  const setup: WorkerSetup = { options, resolver: { ...resolverOptions, ...(cli && { cli: portableLayer(cli) }) } };
  const threads = Math.min(jobs, Math.ceil(queue.remaining / CHUNK));
  const window = threads * AHEAD_PER_THREAD;
  const ready = new Map<number, readonly FileOutcome[]>();
  const notices = new Set<string>();
  let nextToSend = 0;
  let nextToHand = 0;
  let handing = Promise.resolve();
  // Threads that wait for the chunk to hand over next, so as not to run too far ahead of it.
  let waiting: (() => void)[] = [];
  const handReady = async () => {
    for (let outcomes = ready.get(nextToHand); outcomes; outcomes = ready.get(nextToHand)) {
      ready.delete(nextToHand++);
      for (const outcome of outcomes) await take(outcome);
      const woken = waiting;
      waiting = [];
      for (const wake of woken) wake();
    }
  };

  const pump = async () => {
    let worker = startWorker(setup);
    try {
      while (queue.remaining > 0) {
        if (nextToSend - nextToHand >= window) {
          await new Promise<void>((wake) => waiting.push(wake));
          continue;
        }
        const index = nextToSend++;
        const chunk = queue.take(CHUNK);
        let reply: WorkerReply;
        try {
          reply = await ask(worker, chunk);
        } catch {
          void worker.worker.terminate();
          worker = startWorker(setup);
          reply = await here(chunk);
        }
        for (const notice of reply.notices) notices.add(notice);
        ready.set(index, reply.outcomes);
        handing = handing.then(handReady);
        await handing;
      }
    } finally {
      await worker.worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: threads }, pump));
  await handing;
  return [...notices];
}

/** The worker's module: lint-worker.js beside this one in dist/, dflint-worker.mjs beside the bundle's chunks. */
function workerUrl(): URL {
  const candidates = [new URL('./lint-worker.js', import.meta.url), new URL('./dflint-worker.mjs', import.meta.url)];
  return candidates.find((url) => existsSync(fileURLToPath(url))) ?? candidates[0]!;
}

/** A worker thread, and whether it has stopped (it may crash while waiting for a chunk). */
interface Thread {
  readonly worker: Worker;
  stopped: boolean;
}

function startWorker(setup: WorkerSetup): Thread {
  // V8 grows a heap lazily up to its limit: a bounded one keeps each thread's memory near what it uses.
  const worker = new Worker(workerUrl(), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  const thread: Thread = { worker, stopped: false };
  // A crash is seen by the chunk's request or, between chunks, by `stopped`: never thrown.
  worker.on('error', () => {});
  worker.once('exit', () => {
    thread.stopped = true;
  });
  return thread;
}

function ask({ worker, stopped }: Thread, chunk: readonly Source[]): Promise<WorkerReply> {
  if (stopped) return Promise.reject(new Error('the worker thread stopped'));
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: WorkerReply) => {
      done();
      resolve(reply);
    };
    const onError = (error: unknown) => {
      done();
      reject(error);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`the worker thread stopped with exit code ${code}`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(chunk);
  });
}
