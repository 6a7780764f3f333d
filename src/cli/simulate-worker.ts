/**
 * A simulator worker thread: compiles the scenario once, then plays the ranges of games the main
 * thread hands it and sends back their records.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { playRange } from '../ai/batch/run';
import { compileScenario } from '../engine/game';
import type { SimulateJob, WorkerSetup } from './simulate-protocol';

const setup = workerData as WorkerSetup;
const compiled = compileScenario(setup.scenario);

parentPort?.on('message', (job: SimulateJob) => {
  const records = playRange(compiled, setup.plan, setup.seed, job);
  parentPort?.postMessage({ from: job.from, records });
});
