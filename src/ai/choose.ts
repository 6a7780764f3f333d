/**
 * The AI's entry point, used by the browser's worker and by the simulator. It sees only the seat's
 * view, chooses only among the legal actions and depends on nothing but the request, so the same
 * request always gets the same move.
 */
import { seedRng } from '../engine/rng';
import type { AiStrength, CompiledScenario, GameEvent, GameState, GameView, SeatId } from '../engine/types';
import { knownWorld } from './determinize';
import { chooseByRollouts } from './expert';
import { explain } from './explain';
import { type ScoredAction, scoreActions } from './one-ply';
import { personaFor } from './persona';
import { pickBest } from './pick';
import { STRENGTHS } from './strengths';

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
  const { compiled, seat } = request;
  const { chosen, world, scored } = deliberate(request);
  const reason = explain({ compiled, world, persona: personaFor(compiled, seat), chosen, scored });
  return { event: chosen.event, reason };
}

/** The same move as chooseAction, without the sentence for the log: for batch runs that keep no log (the simulator). */
export function chooseMove(request: DecisionRequest): GameEvent {
  return deliberate(request).chosen.event;
}

interface Deliberated {
  chosen: ScoredAction;
  world: GameState;
  scored: ScoredAction[];
}

function deliberate(request: DecisionRequest): Deliberated {
  const { compiled, view, legal, seat, strength } = request;
  if (legal.length === 0) throw new Error(`the ${seat} seat has no legal action to choose from`);
  const settings = STRENGTHS[strength];
  // The seed and the point in the game: the same seat never repeats a draw across its moves.
  const seed = seedRng(request.seed ^ Math.imul(view.log.length + 1, 0x9e3779b1));
  const world = knownWorld(compiled, view, seat);
  const options = { foresight: settings.foresight, objective: true, rivalry: settings.rivalry };
  const scored = scoreActions({ compiled, world, seat, legal, options });
  const chosen: ScoredAction = settings.rollouts
    ? chooseByRollouts(compiled, view, seat, scored, settings.rollouts, { ...options, byScore: true }, seed)
        .action
    : pickBest(scored, settings, { rng: seed });
  return { chosen, world, scored };
}
