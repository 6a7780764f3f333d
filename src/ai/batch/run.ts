/** Plays a range of a batch's games in this thread: what each simulator worker does with its share. */
import type { CompiledScenario } from '../../engine/types';
import { type GameRecord, playGame } from './play-game';
import type { SeatPlan } from './seat-plan';
import { gameSeed } from './seeds';

export interface GameRange {
  from: number;
  to: number;
}

export function playRange(
  compiled: CompiledScenario,
  plan: SeatPlan,
  runSeed: number,
  range: GameRange,
): GameRecord[] {
  const records: GameRecord[] = [];
  for (let i = range.from; i < range.to; i++) records.push(playGame(compiled, gameSeed(runSeed, i), plan));
  return records;
}
