/**
 * The heuristic value of a situation for one delegation, in score points: issues weighted by the
 * persona, its objective's progress, the treaty's status, capital and pressure, and tension judged
 * against its risk tolerance. Callers with foresight judge the situation as the end of the round
 * will leave it (projection.ts). The standard AI compares these values one move ahead; the expert
 * uses them at the end of its rollouts.
 */
import type { CompiledScenario, GameState, TreatyStatus } from '../engine/types';
import { objectiveOf, objectiveProgress } from './objective-progress';
import { type PersonaProfile, personaFor, scoringProfileFor } from './persona';

export interface ValueOptions {
  /** Counts objective progress, the future use of capital and the danger near the tension limit. */
  foresight: boolean;
  /** Counts the delegation's objective: false when judging the other side, whose objective is hidden. */
  objective: boolean;
  /**
   * How much the other side's gains count against one's own (0: none). Negotiators weigh relative
   * gains: a deal that helps the other side far more than oneself is a poor deal.
   */
  rivalry: number;
  /** Judges both sides by the score's own weights (scoringProfileFor) rather than their personas. */
  byScore?: boolean;
}

// A point of capital pays for roughly a third of a proposal: worth a little less than a point of score.
const CAPITAL_VALUE = 0.4;
// Capital beyond what a round of proposals needs is worth little: a full purse should be spent.
const USEFUL_CAPITAL = 6;
const SURPLUS_CAPITAL_VALUE = 0.05;
// Pressure costs its score point and also cuts next round's capital (every 2 points cost 1 capital).
const PRESSURE_COST = 1 + CAPITAL_VALUE / 2;
// Part of the objective's points credited for partial progress; meeting it pays the rest.
const PROGRESS_SHARE = 0.6;
// Tension this close to the limit threatens suspension (or collapse) at the next review.
const DANGER_ZONE = 3;

export function situationValue(
  compiled: CompiledScenario,
  state: GameState,
  persona: PersonaProfile,
  options: ValueOptions,
): number {
  const own = valueNow(compiled, state, persona, options, options.objective);
  if (options.rivalry === 0) return own;
  const other = options.byScore
    ? scoringProfileFor(compiled, persona.other)
    : personaFor(compiled, persona.other);
  // The other side's objective is hidden: its gains count without it.
  return own - options.rivalry * valueNow(compiled, state, other, options, false);
}

function valueNow(
  compiled: CompiledScenario,
  state: GameState,
  persona: PersonaProfile,
  options: ValueOptions,
  withObjective: boolean,
): number {
  return (
    issueValue(state, persona) +
    commissionValue(compiled, state, persona) +
    (withObjective ? objectiveValue(compiled, state, persona, options) : 0) +
    treatyValue(compiled, state.treaty) +
    resourceValue(compiled, state, persona, options) -
    tensionCost(compiled, state, persona, options)
  );
}

function issueValue(state: GameState, persona: PersonaProfile): number {
  let sum = 0;
  for (const issue in persona.issueWeights)
    sum += (persona.issueWeights[issue] as number) * (state.issues[issue] ?? 0);
  return sum;
}

/** Steps towards a session, and sessions held: a session resets the track, which must not look like a loss. */
function commissionValue(compiled: CompiledScenario, state: GameState, persona: PersonaProfile): number {
  return persona.commissionWeight * (state.commission + compiled.commissionTop * state.sessionsHeld);
}

function objectiveValue(
  compiled: CompiledScenario,
  state: GameState,
  persona: PersonaProfile,
  options: ValueOptions,
): number {
  const objective = objectiveOf(compiled, state, persona.seat);
  if (!objective) return 0;
  const progress = objectiveProgress(compiled, state, persona.seat);
  if (progress >= 1) return objective.points;
  return options.foresight ? objective.points * PROGRESS_SHARE * progress : 0;
}

function treatyValue(compiled: CompiledScenario, treaty: TreatyStatus): number {
  return compiled.scenario.scoring.treatyBonus[treaty];
}

function resourceValue(
  compiled: CompiledScenario,
  state: GameState,
  persona: PersonaProfile,
  options: ValueOptions,
): number {
  const seat = state.seats[persona.seat];
  if (!seat) return 0;
  const pendingPressure = seat.conceded ? compiled.scenario.rules.concessionPressure : 0;
  const useful = Math.min(seat.capital, USEFUL_CAPITAL);
  const capital = options.foresight
    ? CAPITAL_VALUE * useful + SURPLUS_CAPITAL_VALUE * (seat.capital - useful)
    : 0;
  return capital - PRESSURE_COST * (seat.pressure + pendingPressure);
}

function tensionCost(
  compiled: CompiledScenario,
  state: GameState,
  persona: PersonaProfile,
  options: ValueOptions,
): number {
  const { rules } = compiled.scenario;
  const linear = persona.tensionAversion * state.tension;
  const highTension = state.tension >= rules.highTension ? PRESSURE_COST : 0;
  if (!options.foresight || state.treaty === 'collapsed') return linear + highTension;
  const nearness = Math.max(0, state.tension - (rules.tensionMax - DANGER_ZONE)) / DANGER_ZONE;
  const danger =
    nearness * nearness * breakdownLoss(compiled, state.treaty) * (1 - persona.riskTolerance / 2);
  return linear + highTension + danger;
}

/** What the next step down the treaty's status would cost in score. */
function breakdownLoss(compiled: CompiledScenario, treaty: TreatyStatus): number {
  const bonus = compiled.scenario.scoring.treatyBonus;
  return treaty === 'in-force' ? bonus['in-force'] - bonus.suspended : bonus.suspended - bonus.collapsed;
}
