/**
 * One rollout: from a sampled world, play a candidate move, then let both delegations play on with
 * the standard judgement (slightly noisy, so that rollouts differ) through the engine's own machine,
 * to the start of a later round; the persona's heuristic judges where that leaves the delegation.
 */
import { legalActions } from '../engine/legal';
import { currentTable } from '../engine/rules/table';
import type { CompiledScenario, GameEvent, GameState, SeatId } from '../engine/types';
import { advance } from './engine-step';
import { situationValue, type ValueOptions } from './evaluate';
import { scoreActions } from './one-ply';
import { personaFor, scoringProfileFor } from './persona';
import { pickBest } from './pick';
import { projectToNextRound } from './projection';
import { type RolloutBudget, STRENGTHS } from './strengths';

// Noise of the rollout policy, in score points: enough to vary the continuations, not to play badly.
const ROLLOUT_NOISE = 0.5;

export function rolloutValue(
  compiled: CompiledScenario,
  world: GameState,
  seat: SeatId,
  first: GameEvent,
  budget: RolloutBudget,
  judgement: ValueOptions,
  rng: { rng: number },
): number {
  let state = advance(compiled, world, first);
  const lastRound = world.round + budget.extraRounds;
  for (
    let moves = 0;
    moves < budget.maxMoves && state.phase !== 'ended' && state.round <= lastRound;
    moves++
  ) {
    state = advance(compiled, state, rolloutMove(compiled, state, rng));
  }
  const judged = judgement.foresight ? projectToNextRound(compiled, state) : state;
  const profile = judgement.byScore ? scoringProfileFor(compiled, seat) : personaFor(compiled, seat);
  return situationValue(compiled, judged, profile, judgement);
}

function rolloutMove(compiled: CompiledScenario, state: GameState, rng: { rng: number }): GameEvent {
  const mover = currentTable(state).awaiting;
  const legal = legalActions(compiled, state, mover);
  if (legal.length === 1) return legal[0] as GameEvent;
  const options = { foresight: true, objective: true, rivalry: STRENGTHS.standard.rivalry };
  const scored = scoreActions({ compiled, world: state, seat: mover, legal, options });
  return pickBest(scored, { noise: ROLLOUT_NOISE, blunderRate: 0 }, rng).event;
}
