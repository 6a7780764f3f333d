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

export interface JobDone {
  from: number;
  records: GameRecord[];
}
