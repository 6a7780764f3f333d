import type { CompiledScenario, GameState, SeatId } from '../types';
import { drawToHandSize } from './deck';
import { drawContextEvent, resolveDatedEvents } from './events';
import { record } from './log';

/** The lead alternates across the whole game, starting with the scenario's first lead. */
export function leadForExchange(compiled: CompiledScenario, exchangesLed: number): SeatId {
  const first = compiled.scenario.rules.firstLead;
  const second = compiled.seats.find((seat) => seat !== first) as SeatId;
  return exchangesLed % 2 === 0 ? first : second;
}

/** Steps 1 and 2 of a round: events, then replenish; then the talks open. */
export function startRound(state: GameState, compiled: CompiledScenario): void {
  state.round += 1;
  record(state, { kind: 'round-started' });
  resolveDatedEvents(state, compiled, 'start');
  drawContextEvent(state, compiled);
  if (state.treaty === 'collapsed') return;
  replenish(state, compiled);
  openExchange(state, compiled, 0);
}

/** Capital = base − ⌊pressure / 2⌋ each round; hands are drawn back up to size. */
export function replenish(state: GameState, compiled: CompiledScenario): void {
  const { capitalBase, capitalMax, handSize } = compiled.scenario.rules;
  for (const seat of compiled.seats) {
    const s = state.seats[seat];
    if (!s) continue;
    const gain = capitalBase - Math.floor(s.pressure / 2);
    s.capital = Math.max(0, Math.min(capitalMax, s.capital + gain));
    drawToHandSize(state, seat, handSize);
  }
}

export function openExchange(state: GameState, compiled: CompiledScenario, exchange: number): void {
  const lead = leadForExchange(compiled, state.exchangesLed);
  state.phase = 'talks';
  state.talks = { exchange, lead, offer: null, awaiting: lead };
}

/** Closes an exchange: the next one opens, or the talks are over (exchange = exchangesPerRound). */
export function closeExchange(state: GameState, compiled: CompiledScenario): void {
  state.exchangesLed += 1;
  const next = state.talks.exchange + 1;
  if (next < compiled.scenario.rules.exchangesPerRound) openExchange(state, compiled, next);
  else state.talks = { ...state.talks, exchange: next, offer: null };
}

export function isTalksOver(state: GameState, compiled: CompiledScenario): boolean {
  return state.talks.exchange >= compiled.scenario.rules.exchangesPerRound;
}
