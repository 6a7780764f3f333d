/**
 * Looks to the end of the round: what the review (late dated events, the cost of concessions and
 * of high tension, the tension limit, objectives) and the next round's opening dated events would
 * make of a situation if nothing else happened. The engine's own review and event rules run on a
 * scratch copy, so the AI knows the calendar exactly as the rules apply it: it sees, for instance,
 * that moving inspections now averts a suspension announced at the end of the round.
 */
import { resolveDatedEvents } from '../engine/rules/events';
import { settleRound } from '../engine/rules/review';
import type { CompiledScenario, GameState } from '../engine/types';
import { scratchCopy } from './scratch';

export function projectToNextRound(compiled: CompiledScenario, state: GameState): GameState {
  if (isSettled(state)) return state;
  return projectInPlace(compiled, scratchCopy(state));
}

/** The same, on a scratch copy the caller owns and will not use otherwise: no second copy. */
export function projectInPlace(compiled: CompiledScenario, scratch: GameState): GameState {
  if (isSettled(scratch)) return scratch;
  settleRound(scratch, compiled);
  if (scratch.treaty !== 'collapsed' && scratch.round < compiled.totalRounds) {
    scratch.round += 1;
    resolveDatedEvents(scratch, compiled, 'start');
  }
  return scratch;
}

function isSettled(state: GameState): boolean {
  return state.phase === 'ended' || state.treaty === 'collapsed';
}
