/**
 * The immediate consequence of one event, computed by the engine's own rule functions on a scratch
 * copy (the same functions the round machine runs), so the AI's one-move look-ahead cannot drift
 * from the rules.
 */
import { accept, counter, propose, reject } from '../engine/rules/offers';
import { pass, playAlone } from '../engine/rules/talks';
import type { CompiledScenario, GameEvent, GameState } from '../engine/types';
import { scratchCopy } from './scratch';

/** The state after a move, on a scratch copy. */
export function stateAfterMove(compiled: CompiledScenario, state: GameState, event: GameEvent): GameState {
  return applyMove(compiled, scratchCopy(state), event);
}

/**
 * The same move made on a scratch copy the caller owns (the answer to an offer made on it), with the
 * rule the round machine runs for each event (engine/machine.ts, its `actions`).
 */
export function applyMove(compiled: CompiledScenario, next: GameState, event: GameEvent): GameState {
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
  return next;
}
