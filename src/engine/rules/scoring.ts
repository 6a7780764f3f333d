import type { CompiledScenario, GameState, SeatId, SeatScore } from '../types';
import { isObjectiveMet } from './objectives';

/**
 * Each delegation: Σ (issue level × its weight) + its objective's points if met + the treaty-status
 * bonus − its pressure. It meets its mandate at or above the scenario's threshold.
 */
export function scoreSeat(state: GameState, compiled: CompiledScenario, seat: SeatId): SeatScore {
  const { scenario } = compiled;
  const delegation = scenario.delegations.find((d) => d.id === seat);
  const issues = scenario.issues.reduce(
    (sum, issue) => sum + (state.issues[issue.id] ?? 0) * (issue.weights[seat] ?? 0),
    0,
  );
  const objectiveMet = isObjectiveMet(state, compiled, seat);
  const objectiveId = state.seats[seat]?.objective;
  const objective = objectiveMet && objectiveId ? (compiled.objectives.get(objectiveId)?.points ?? 0) : 0;
  const treaty = scenario.scoring.treatyBonus[state.treaty];
  const pressure = state.seats[seat]?.pressure ?? 0;
  const total = issues + objective + treaty - pressure;
  const mandate = delegation?.mandate ?? 0;
  return { issues, objective, treaty, pressure, total, mandate, metMandate: total >= mandate, objectiveMet };
}

export function scoreGame(compiled: CompiledScenario, state: GameState): Record<SeatId, SeatScore> {
  return Object.fromEntries(compiled.seats.map((seat) => [seat, scoreSeat(state, compiled, seat)]));
}
