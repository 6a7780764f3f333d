import type { LevelChange } from '../scenario/schema';
import { drawCards } from './rules/deck';
import { changeTreaty } from './rules/treaty';
import { resolveWho } from './seats';
import type { CompiledScenario, Effect, GameState, SeatId } from './types';

/** Applies a level change and keeps the result within [0, max]. */
export function changeLevel(current: number, change: LevelChange, max: number): number {
  let next = current;
  if (typeof change === 'number') next = current + change;
  else {
    if (change.to !== undefined) next = change.to;
    if (change.atMost !== undefined) next = Math.min(next, change.atMost);
    if (change.atLeast !== undefined) next = Math.max(next, change.atLeast);
  }
  return Math.max(0, Math.min(max, next));
}

/** Applies a scenario effect to the draft state. `owner` gives "self"/"other" their meaning on cards. */
export function applyEffect(
  state: GameState,
  compiled: CompiledScenario,
  effect: Effect,
  owner: SeatId | null = null,
): void {
  const { rules } = compiled.scenario;
  if (effect.tension !== undefined) changeTension(state, compiled, effect.tension);
  // for…in rather than Object.entries: effects run thousands of times in every AI decision.
  for (const id in effect.issues) {
    const change = effect.issues[id];
    const top = compiled.issueTops.get(id);
    if (change !== undefined && top !== undefined)
      state.issues[id] = changeLevel(state.issues[id] ?? 0, change, top);
  }
  if (effect.commission !== undefined) {
    state.commission = changeLevel(state.commission, effect.commission, compiled.commissionTop);
  }
  for (const who in effect.capital) {
    const change = effect.capital[who] as LevelChange;
    for (const seat of resolveWho(compiled, who, owner)) {
      const s = state.seats[seat];
      if (s) s.capital = changeLevel(s.capital, change, rules.capitalMax);
    }
  }
  for (const who in effect.pressure) {
    const change = effect.pressure[who] as LevelChange;
    for (const seat of resolveWho(compiled, who, owner)) changePressure(state, compiled, seat, change);
  }
  for (const who in effect.draw) {
    const count = effect.draw[who] as number;
    for (const seat of resolveWho(compiled, who, owner)) drawCards(state, seat, count);
  }
  if (effect.treaty) changeTreaty(state, compiled, effect.treaty);
}

/** The tension track moves (within its bounds). */
export function changeTension(state: GameState, compiled: CompiledScenario, change: LevelChange): void {
  state.tension = changeLevel(state.tension, change, compiled.scenario.rules.tensionMax);
}

/** One delegation's domestic pressure moves (within its bounds). */
export function changePressure(
  state: GameState,
  compiled: CompiledScenario,
  seat: SeatId,
  change: LevelChange,
): void {
  const s = state.seats[seat];
  if (s) s.pressure = changeLevel(s.pressure, change, compiled.scenario.rules.pressureMax);
}
