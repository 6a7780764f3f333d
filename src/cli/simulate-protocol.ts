/** Messages between the simulator and its worker threads. */
import type { GameRecord } from '../ai/batch/play-game';
import type { GameRange } from '../ai/batch/run';
import type { SeatPlan } from '../ai/batch/seat-plan';
import type { Scenario } from '../scenario/schema';

export interface WorkerSetup {
  /** Parsed and checked by the main thread: workers never load the YAML parser or the schema. */
  scenario: Scenario;
  plan: SeatPlan;
  seed: number;
}

export type SimulateJob = GameRange;

/** The first message a worker gets is its setup; every later one is a range of games to play. */
export type ToWorker = { type: 'setup'; setup: WorkerSetup } | { type: 'job'; job: SimulateJob };

export interface JobDone {
  from: number;
  records: GameRecord[];
}
