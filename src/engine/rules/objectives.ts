import { monthIndex } from '../../scenario/dates';
import { roundMonth } from '../calendar';
import { holds } from '../conditions';
import type { CompiledScenario, GameState } from '../types';
import { record } from './log';
import { markRound } from './marks';

/**
 * At each review, an objective whose goal holds (before its deadline) is met for good. Objectives
 * marked `atEnd` are judged only when the game ends.
 */
export function checkObjectives(state: GameState, compiled: CompiledScenario): void {
  for (const seat of compiled.seats) {
    const id = state.seats[seat]?.objective;
    const objective = id === undefined ? undefined : compiled.objectives.get(id);
    if (!objective || objective.atEnd || objective.id in state.objectivesMet) continue;
    if (
      objective.deadline !== undefined &&
      roundMonth(compiled, state.round) >= monthIndex(objective.deadline)
    )
      continue;
    if (holds(compiled, state, objective.goal, seat)) {
      markRound(state, 'objectivesMet', objective.id);
      record(state, { kind: 'objective-met', seat, objective: objective.id });
    }
  }
}

/** Whether a seat's objective is met, judging `atEnd` objectives on the given (final) state. */
export function isObjectiveMet(state: GameState, compiled: CompiledScenario, seat: string): boolean {
  const id = state.seats[seat]?.objective;
  const objective = id === undefined ? undefined : compiled.objectives.get(id);
  if (!objective) return false;
  if (objective.atEnd) return holds(compiled, state, objective.goal, seat);
  return objective.id in state.objectivesMet;
}
