/** Messages between the simulator and its worker threads. */
import type { GameRecord } from '../ai/batch/play-game';
import type { GameRange } from '../ai/batch/run';
import type { SeatPlan } from '../ai/batch/seat-plan';

export interface WorkerSetup {
  scenarioText: string;
  fileName: string;
  plan: SeatPlan;
  seed: number;
}

export type SimulateJob = GameRange;

export interface JobDone {
  from: number;
  records: GameRecord[];
}
