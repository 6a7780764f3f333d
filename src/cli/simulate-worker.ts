/**
 * A simulator worker thread: loads the engine and the AI as soon as it starts, compiles the scenario
 * once its setup arrives, then plays the ranges of games the main thread hands it and sends back
 * their records.
 */
import { parentPort } from 'node:worker_threads';
import { playRange } from '../ai/batch/run';
import { compileScenario } from '../engine/game';
import type { CompiledScenario } from '../engine/types';
import type { ToWorker, WorkerSetup } from './simulate-protocol';

let setup: WorkerSetup | null = null;
let compiled: CompiledScenario | null = null;

parentPort?.on('message', (message: ToWorker) => {
  if (message.type === 'setup') {
    setup = message.setup;
    compiled = compileScenario(setup.scenario);
    return;
  }
  if (!setup || !compiled) throw new Error('a simulator worker got a job before its setup');
  const records = playRange(compiled, setup.plan, setup.seed, message.job);
  parentPort?.postMessage({ from: message.job.from, records });
});
