/**
 * The one place Immer is used: every rule is a recipe over a draft GameState, and this wrapper
 * turns it into the next immutable snapshot. (A batch run that keeps no old snapshot, the simulator,
 * runs the same recipes on the state in place instead: see machine.ts.)
 */
import { enableArrayMethods, produce, setAutoFreeze, setUseStrictIteration } from 'immer';
import type { CompiledScenario, GameState } from './types';

// Auto-freeze costs about a third of the simulator's throughput; snapshots are read-only by convention
// and the property tests check that old snapshots never change.
setAutoFreeze(false);
// The state is plain JSON data: no symbols or non-enumerable keys to iterate, and arrays of ids
// that are searched and spliced each move; Immer's loose iteration and array methods make that cheap.
setUseStrictIteration(false);
enableArrayMethods();

export type Rule<A extends unknown[]> = (draft: GameState, compiled: CompiledScenario, ...args: A) => void;

export function step<A extends unknown[]>(
  state: GameState,
  compiled: CompiledScenario,
  rule: Rule<A>,
  ...args: A
): GameState {
  return produce(state, (draft) => {
    rule(draft as GameState, compiled, ...args);
  });
}
