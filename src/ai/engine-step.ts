/**
 * Runs the engine's own round machine from any game state, purely: the AI's rollouts play sampled
 * worlds forward with exactly the machine and rules the game uses. The facade can only start games
 * from a seed, so this maps a GameState to the machine's state value and steps it with xstate's pure
 * `transition`.
 */
import { transition } from 'xstate';
import { roundMachine } from '../engine/machine';
import type { CompiledScenario, GameEvent, GameState } from '../engine/types';

type Snapshot = ReturnType<typeof roundMachine.resolveState>;

/** The state after one (legal) event, with every automatic step that follows it. */
export function advance(compiled: CompiledScenario, state: GameState, event: GameEvent): GameState {
  const [next] = transition(roundMachine, snapshotOf(compiled, state), event);
  return next.context.state;
}

function snapshotOf(compiled: CompiledScenario, state: GameState): Snapshot {
  return roundMachine.resolveState({
    value: machineValue(state),
    context: { compiled, state },
  });
}

/** Where the machine waits for a state: the talks or the session, or a final state once ended. */
export function machineValue(state: GameState): string {
  if (state.phase === 'ended') return state.result?.reason === 'collapse' ? 'collapsed' : 'expired';
  return state.phase;
}
