/**
 * The immediate consequence of one event, computed by the engine's own rule functions on a scratch
 * copy (the same functions the round machine runs), so the AI's one-move look-ahead cannot drift
 * from the rules.
 */
import { accept, counter, propose, reject } from '../engine/rules/offers';
import { pass, playAlone } from '../engine/rules/talks';
import type { CompiledScenario, GameEvent, GameState } from '../engine/types';
import { scratchCopy } from './scratch';

/** The state after a move, or a few in a row (a proposal and its answer), on one scratch copy. */
export function stateAfterMoves(
  compiled: CompiledScenario,
  state: GameState,
  events: readonly GameEvent[],
): GameState {
  return applyMoves(compiled, scratchCopy(state), events);
}

/** The same moves made on a scratch copy the caller owns. */
export function applyMoves(
  compiled: CompiledScenario,
  scratch: GameState,
  events: readonly GameEvent[],
): GameState {
  for (const event of events) applyMove(compiled, scratch, event);
  return scratch;
}

/** The rule the round machine runs for each event (engine/machine.ts, its `actions`). */
function applyMove(compiled: CompiledScenario, next: GameState, event: GameEvent): void {
  switch (event.type) {
    case 'PROPOSE':
      propose(next, compiled, event);
      break;
    case 'COUNTER':
      counter(next, compiled, event);
      break;
    case 'ACCEPT':
      accept(next, compiled, event.seat);
      break;
    case 'REJECT':
      reject(next, compiled, event.seat);
      break;
    case 'PLAY_STATEMENT':
    case 'PLAY_GESTURE':
      playAlone(next, compiled, event.seat, event.card);
      break;
    case 'PASS':
      pass(next, compiled, event.seat, event.discard);
      break;
  }
}
