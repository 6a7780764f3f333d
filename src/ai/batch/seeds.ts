/** Seeds of a batch: game i of a run with seed S always gets the same seed, whatever the worker. */
import { seedRng } from '../../engine/rng';

export function gameSeed(runSeed: number, index: number): number {
  return seedRng((seedRng(runSeed) + Math.imul(index + 1, 0x9e3779b1)) >>> 0);
}

/** A seed for one decision: the game's seed and the number of moves made so far. */
export function moveSeed(seed: number, move: number): number {
  return seedRng((seed ^ Math.imul(move + 1, 0x85ebca6b)) >>> 0);
}
