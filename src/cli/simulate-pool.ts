/**
 * Spreads a batch over worker threads (one per core): ranges of games are handed out as workers
 * become free, and the records are put back in game order, so the result never depends on timing.
 * Workers start before the scenario is read: each loads the engine and the AI while the main thread
 * parses the file.
 */
import { Worker } from 'node:worker_threads';
import type { GameRecord } from '../ai/batch/play-game';
import type { JobDone, SimulateJob, ToWorker, WorkerSetup } from './simulate-protocol';

export interface BatchSize {
  games: number;
  workers: number;
}

export interface WorkerPool {
  /** Plays the batch's games with this setup; at most once per pool. */
  run(setup: WorkerSetup, onProgress?: (done: number) => void): Promise<GameRecord[]>;
  /** Stops every worker (after a run, or instead of one when the scenario cannot be read). */
  close(): Promise<void>;
}

// Ranges shrink as the batch runs down: large ones early save messages, small ones at the end keep
// every core busy to the last game. Each takes at most a fourth of a worker's share of what is left.
const SHARE_OF_REST = 4;
const MIN_RANGE = 10;
const MAX_RANGE = 250;

interface RunningWorker {
  worker: Worker;
  /** Rejects when the worker fails or stops, whenever that happens. */
  stopped: Promise<never>;
}

export function startWorkers(size: BatchSize): WorkerPool {
  const jobs = gameRanges(size);
  const workers = Array.from({ length: Math.max(1, Math.min(size.workers, jobs.length)) }, () =>
    startWorker(),
  );
  return {
    async run(setup, onProgress) {
      const records: GameRecord[] = new Array(size.games);
      let done = 0;
      const collect = (finished: JobDone) => {
        for (const [i, record] of finished.records.entries()) records[finished.from + i] = record;
        done += finished.records.length;
        onProgress?.(done);
      };
      await Promise.all(
        workers.map(({ worker, stopped }) => Promise.race([work(worker, setup, jobs, collect), stopped])),
      );
      return records;
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}

/** Starts workers, plays the batch and stops them. */
export async function runInWorkers(
  setup: WorkerSetup,
  size: BatchSize,
  onProgress?: (done: number) => void,
): Promise<GameRecord[]> {
  const pool = startWorkers(size);
  try {
    return await pool.run(setup, onProgress);
  } finally {
    await pool.close();
  }
}

function gameRanges({ games, workers }: BatchSize): SimulateJob[] {
  const jobs: SimulateJob[] = [];
  for (let from = 0; from < games; ) {
    const left = games - from;
    const share = Math.ceil(left / (workers * SHARE_OF_REST));
    const size = Math.min(left, Math.max(MIN_RANGE, Math.min(MAX_RANGE, share)));
    jobs.push({ from, to: from + size });
    from += size;
  }
  return jobs;
}

/**
 * `npm run simulate` and `npm run bench` run a bundle (package.json): the worker's bundle lies beside
 * this one and starts without tsx's loader, whose hooks cost every thread a share of the start-up
 * (a 2-game run takes 0.4 s bundled, 1.2 s through tsx). Run from the sources (tests), the worker
 * starts from a line of JavaScript that registers tsx first: Node 20 does not apply `--import tsx` to
 * a worker's own entry file.
 */
function startWorker(): RunningWorker {
  const worker = import.meta.url.endsWith('.ts')
    ? new Worker(registeringTsx(new URL('./simulate-worker.ts', import.meta.url)), { eval: true })
    : new Worker(new URL('./simulate-worker.mjs', import.meta.url));
  const stopped = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a simulator worker stopped (exit code ${code})`)));
  });
  // Observed by run(); a pool closed without a run (an unreadable scenario) has nothing to report.
  stopped.catch(() => undefined);
  return { worker, stopped };
}

function registeringTsx(entry: URL): string {
  return `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
}

/** One worker: gets the setup, then takes the next range until none is left. */
function work(
  worker: Worker,
  setup: WorkerSetup,
  jobs: SimulateJob[],
  onDone: (done: JobDone) => void,
): Promise<void> {
  const send = (message: ToWorker) => worker.postMessage(message);
  return new Promise((resolve) => {
    const next = () => {
      const job = jobs.shift();
      if (job) send({ type: 'job', job });
      else resolve();
    };
    worker.on('message', (message: JobDone) => {
      onDone(message);
      next();
    });
    send({ type: 'setup', setup });
    next();
  });
}
