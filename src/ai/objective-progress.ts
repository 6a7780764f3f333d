/**
 * How close a delegation is to its hidden objective, as a number in [0, 1]: 1 when met, partial
 * credit for issue, commission and tension ranges that are close to holding. This is what makes a
 * standard AI work towards its objective before it is within one move.
 */

import { roundMonth } from '../engine/calendar';
import { holds, inRange } from '../engine/conditions';
import { isObjectiveMet } from '../engine/rules/objectives';
import type { CompiledScenario, Condition, GameState, SeatId } from '../engine/types';
import { monthIndex } from '../scenario/dates';
import type { Objective, Range } from '../scenario/schema';

export function objectiveOf(compiled: CompiledScenario, state: GameState, seat: SeatId): Objective | null {
  const id = state.seats[seat]?.objective;
  return (id !== undefined && compiled.objectives.get(id)) || null;
}

/** 1 if met (or holding now, before its deadline); 0 if it can no longer be met; partial credit otherwise. */
export function objectiveProgress(compiled: CompiledScenario, state: GameState, seat: SeatId): number {
  const objective = objectiveOf(compiled, state, seat);
  if (!objective) return 0;
  if (!objective.atEnd && isObjectiveMet(state, compiled, seat)) return 1;
  if (isPastDeadline(compiled, state, objective)) return 0;
  return closeness(compiled, state, objective.goal, seat);
}

function isPastDeadline(compiled: CompiledScenario, state: GameState, objective: Objective): boolean {
  return (
    objective.deadline !== undefined && roundMonth(compiled, state.round) >= monthIndex(objective.deadline)
  );
}

/** Partial credit for a condition: ranges count by distance, everything else holds or not. */
function closeness(compiled: CompiledScenario, state: GameState, c: Condition, owner: SeatId): number {
  // A running sum without closures: the simulator runs under tsx, which names every closure it
  // makes (a property definition each time), and this runs thousands of times a game.
  let sum = 0;
  let parts = 0;
  if (c.all)
    for (const sub of c.all) {
      sum += closeness(compiled, state, sub, owner);
      parts += 1;
    }
  if (c.any) {
    let best = Number.NEGATIVE_INFINITY;
    for (const sub of c.any) best = Math.max(best, closeness(compiled, state, sub, owner));
    sum += best;
    parts += 1;
  }
  for (const issue in c.issues) {
    const top = compiled.issueTops.get(issue) ?? 0;
    sum += rangeCloseness(state.issues[issue] ?? 0, c.issues[issue] as Range, top);
    parts += 1;
  }
  if (c.commission) {
    sum += rangeCloseness(state.commission, c.commission, compiled.commissionTop);
    parts += 1;
  }
  if (c.sessionsHeld) {
    sum += rangeCloseness(state.sessionsHeld, c.sessionsHeld, 2);
    parts += 1;
  }
  if (c.tension) {
    sum += rangeCloseness(state.tension, c.tension, compiled.scenario.rules.tensionMax);
    parts += 1;
  }
  const rest = ungraded(c);
  if (rest) {
    sum += holds(compiled, state, rest, owner) ? 1 : 0;
    parts += 1;
  }
  return parts === 0 ? 1 : sum / parts;
}

function rangeCloseness(value: number, range: Range, span: number): number {
  if (inRange(value, range)) return 1;
  const target =
    range.atLeast !== undefined && value < range.atLeast ? range.atLeast : (range.atMost ?? value);
  return Math.max(0, 1 - Math.abs(target - value) / Math.max(1, span));
}

// A condition's ungraded keys, found once per condition (null when it has none): objectives are
// judged thousands of times a game.
const ungradedParts = new WeakMap<Condition, Condition | null>();

function ungraded(c: Condition): Condition | null {
  let rest = ungradedParts.get(c);
  if (rest === undefined) {
    const {
      all: _all,
      any: _any,
      issues: _issues,
      commission: _c,
      sessionsHeld: _s,
      tension: _t,
      ...others
    } = c;
    // Compiled conditions list every key (compile.ts): only the keys given count.
    rest = Object.values(others).some((part) => part !== undefined) ? others : null;
    ungradedParts.set(c, rest);
  }
  return rest;
}
