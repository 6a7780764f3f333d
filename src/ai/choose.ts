import { seedRng } from '../engine/rng';
import type { AiStrength, CompiledScenario, GameEvent, GameView, SeatId } from '../engine/types';
import { chooseRandom } from './random-agent';

export interface DecisionRequest {
  compiled: CompiledScenario;
  view: GameView;
  legal: GameEvent[];
  seat: SeatId;
  strength: AiStrength;
  seed: number;
}

export interface Decision {
  event: GameEvent;
  /** One plain sentence for the game log: why the delegation did this. */
  reason: string;
}

/** Chooses an AI seat's move among the legal actions, seeing only the seat's view. Deterministic for a seed. */
export function chooseAction(request: DecisionRequest): Decision {
  const rng = { rng: seedRng(request.seed ^ (request.view.log.length * 7919)) };
  return { event: chooseRandom(request.legal, rng), reason: 'It weighs its options.' };
}
