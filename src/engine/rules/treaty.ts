import { applyEffect } from '../effects';
import type { CompiledScenario, GameState } from '../types';
import { record } from './log';

/**
 * Suspends, resumes or collapses the treaty. Suspension applies the scenario's `onSuspension`
 * effect (e.g. data drops to launch notices); a collapse is terminal and ends the game.
 */
export function changeTreaty(
  state: GameState,
  compiled: CompiledScenario,
  change: 'suspend' | 'resume' | 'collapse',
): void {
  if (state.treaty === 'collapsed') return;
  if (change === 'suspend' && state.treaty === 'in-force') {
    state.treaty = 'suspended';
    record(state, { kind: 'treaty-changed', status: 'suspended' });
    const { treaty: _ignored, ...onSuspension } = compiled.scenario.rules.onSuspension;
    applyEffect(state, compiled, onSuspension);
  } else if (change === 'resume' && state.treaty === 'suspended') {
    state.treaty = 'in-force';
    record(state, { kind: 'treaty-changed', status: 'in-force' });
  } else if (change === 'collapse') {
    state.treaty = 'collapsed';
    record(state, { kind: 'treaty-changed', status: 'collapsed' });
  }
}
