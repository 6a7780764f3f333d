import { nextInt } from '../engine/rng';
import type { GameEvent } from '../engine/types';

/**
 * The random-legal-move agent: a uniform choice among the engine's legal actions, seeded. It is the
 * baseline for the simulator and the property tests, and the opponent personas must beat.
 */
export function chooseRandom(legal: readonly GameEvent[], rng: { rng: number }): GameEvent {
  if (legal.length === 0) throw new Error('chooseRandom needs at least one legal action');
  return legal[nextInt(rng, legal.length)] as GameEvent;
}
