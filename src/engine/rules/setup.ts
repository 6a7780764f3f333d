import { nextInt, seedRng, shuffle } from '../rng';
import type { CompiledScenario, GameState, SeatState } from '../types';

/**
 * The state before round 1: gauges from the scenario, decks shuffled and objectives dealt with the
 * seeded PRNG. Round 1 starts with the first step of the machine.
 */
export function initialState(compiled: CompiledScenario, seed: number): GameState {
  const { scenario } = compiled;
  const state: GameState = {
    scenarioId: scenario.id,
    seed,
    rng: seedRng(seed),
    round: 0,
    phase: 'talks',
    tension: scenario.rules.tensionStart,
    treaty: scenario.rules.treatyStart,
    issues: Object.fromEntries(scenario.issues.map((issue) => [issue.id, issue.start])),
    commission: scenario.commission.start,
    sessionsHeld: 0,
    seatOrder: [...compiled.seats],
    seats: {},
    exchangesLed: 0,
    talks: { exchange: 0, lead: scenario.rules.firstLead, offer: null, awaiting: scenario.rules.firstLead },
    session: null,
    contextDeck: [],
    fired: {},
    averted: {},
    objectivesMet: {},
    cardsPlayed: {},
    timeline: [],
    log: [],
    result: null,
  };
  for (const delegation of scenario.delegations) {
    const deck = scenario.cards.filter((card) => card.owner === delegation.id).map((card) => card.id);
    const seat: SeatState = {
      capital: delegation.capital,
      pressure: delegation.pressure,
      hand: [],
      drawPile: shuffle(state, deck),
      discard: [],
      objective: delegation.objectives[nextInt(state, delegation.objectives.length)] as string,
      conceded: false,
    };
    state.seats[delegation.id] = seat;
  }
  state.contextDeck = shuffle(
    state,
    scenario.events.context.flatMap((event) => Array.from({ length: event.copies }, () => event.id)),
  );
  return state;
}
