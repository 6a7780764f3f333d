/**
 * Spreads a batch over worker threads (one per core): ranges of games are handed out as workers
 * become free, and the records are put back in game order, so the result never depends on timing.
 */
import { Worker } from 'node:worker_threads';
import type { GameRecord } from '../ai/batch/play-game';
import type { JobDone, SimulateJob, WorkerSetup } from './simulate-protocol';

export interface PoolOptions {
  games: number;
  workers: number;
  onProgress?: (done: number) => void;
}

// Small ranges keep both cores busy to the end; large ones save messages. 8 per worker balances both.
const RANGES_PER_WORKER = 8;
const MAX_RANGE = 250;

export async function runInWorkers(setup: WorkerSetup, options: PoolOptions): Promise<GameRecord[]> {
  const size = Math.max(
    1,
    Math.min(MAX_RANGE, Math.ceil(options.games / (options.workers * RANGES_PER_WORKER))),
  );
  const jobs: SimulateJob[] = [];
  for (let from = 0; from < options.games; from += size)
    jobs.push({ from, to: Math.min(options.games, from + size) });
  const records: GameRecord[] = new Array(options.games);
  let done = 0;
  const workerCount = Math.max(1, Math.min(options.workers, jobs.length));
  await Promise.all(
    Array.from({ length: workerCount }, () =>
      work(setup, jobs, (finished) => {
        for (const [i, record] of finished.records.entries()) records[finished.from + i] = record;
        done += finished.records.length;
        options.onProgress?.(done);
      }),
    ),
  );
  return records;
}

/**
 * Node 20 does not apply `--import tsx` to a worker's own entry file, so the worker starts from a
 * line of JavaScript that registers tsx and then imports the TypeScript entry.
 */
function bootstrap(entry: URL): string {
  return `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
}

/** One worker: takes the next range until none is left, then stops. */
function work(setup: WorkerSetup, jobs: SimulateJob[], onDone: (done: JobDone) => void): Promise<void> {
  const worker = new Worker(bootstrap(new URL('./simulate-worker.ts', import.meta.url)), {
    eval: true,
    workerData: setup,
  });
  return new Promise((resolve, reject) => {
    const next = () => {
      const job = jobs.shift();
      if (job) worker.postMessage(job);
      else worker.terminate().then(() => resolve(), reject);
    };
    worker.on('message', (message: JobDone) => {
      onDone(message);
      next();
    });
    worker.on('error', reject);
    worker.on('online', next);
  });
}
