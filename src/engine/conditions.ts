import { monthIndex } from '../scenario/dates';
import type { Range } from '../scenario/schema';
import { roundMonth } from './calendar';
import { resolveWho } from './seats';
import type { CompiledScenario, Condition, GameState, SeatId } from './types';

export function inRange(value: number, range: Range): boolean {
  return (
    (range.atLeast === undefined || value >= range.atLeast) &&
    (range.atMost === undefined || value <= range.atMost)
  );
}

/**
 * Whether a scenario condition holds. Every key given must hold; `owner` gives "self" and "other"
 * their meaning on cards.
 */
export function holds(
  compiled: CompiledScenario,
  state: GameState,
  condition: Condition | undefined,
  owner: SeatId | null = null,
): boolean {
  if (!condition) return true;
  const c = condition;
  // Loops rather than every/some with callbacks: conditions are checked thousands of times in each
  // AI decision, and each callback is a closure allocated per call.
  if (c.all) for (const sub of c.all) if (!holds(compiled, state, sub, owner)) return false;
  if (c.any && !holdsAny(compiled, state, c.any, owner)) return false;
  if (c.not && holds(compiled, state, c.not, owner)) return false;
  if (c.tension && !inRange(state.tension, c.tension)) return false;
  if (c.commission && !inRange(state.commission, c.commission)) return false;
  if (c.sessionsHeld && !inRange(state.sessionsHeld, c.sessionsHeld)) return false;
  if (c.round && !inRange(state.round, c.round)) return false;
  if (c.treaty && !c.treaty.includes(state.treaty)) return false;
  for (const issue in c.issues) {
    if (!inRange(state.issues[issue] ?? 0, c.issues[issue] as Range)) return false;
  }
  if (c.capital && !seatRangesHold(compiled, state, c.capital, owner, 'capital')) return false;
  if (c.pressure && !seatRangesHold(compiled, state, c.pressure, owner, 'pressure')) return false;
  if (c.date) {
    const month = roundMonth(compiled, state.round);
    if (c.date.from !== undefined && month < monthIndex(c.date.from)) return false;
    if (c.date.before !== undefined && month >= monthIndex(c.date.before)) return false;
  }
  if (c.fired) for (const event of c.fired) if (!(event in state.fired)) return false;
  if (c.notFired) for (const event of c.notFired) if (event in state.fired) return false;
  return true;
}

function holdsAny(
  compiled: CompiledScenario,
  state: GameState,
  conditions: readonly Condition[],
  owner: SeatId | null,
): boolean {
  for (const sub of conditions) if (holds(compiled, state, sub, owner)) return true;
  return false;
}

function seatRangesHold(
  compiled: CompiledScenario,
  state: GameState,
  ranges: Record<string, Range>,
  owner: SeatId | null,
  gauge: 'capital' | 'pressure',
): boolean {
  for (const who in ranges) {
    const range = ranges[who] as Range;
    for (const seat of resolveWho(compiled, who, owner))
      if (!inRange(state.seats[seat]?.[gauge] ?? 0, range)) return false;
  }
  return true;
}
