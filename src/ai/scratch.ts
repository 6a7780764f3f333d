/**
 * A cheap mutable copy of a game state for looking ahead: the engine's rule functions are plain
 * recipes over a draft, so they can run directly on a copy without Immer. Everything a move or the
 * round's settlement changes in place is copied. Shared, never changed here:
 * - the log and the tally of cards played: an UNLOGGED state records neither;
 * - the marks of events fired and averted and objectives met: the rules replace them, never change
 *   them in place (markRound);
 * - the context deck (only the start of a round draws from it, and look-ahead on scratch copies never
 *   starts a round) and the timeline (only the round's record adds to it, which look-ahead skips).
 */
import { UNLOGGED } from '../engine/rules/log';
import type { GameState, Offer, SeatState } from '../engine/types';

// Every field is listed, not spread: a literal keeps one object shape for the states the look-ahead
// makes by the thousand (spread copies were a tenth of the simulator's time), and a field added to
// GameState fails to compile here until someone decides whether look-ahead must copy it.
export function scratchCopy(state: GameState): GameState {
  const seats: Record<string, SeatState> = {};
  for (const id in state.seats) seats[id] = copySeat(state.seats[id] as SeatState);
  return {
    scenarioId: state.scenarioId,
    seed: state.seed,
    rng: state.rng,
    round: state.round,
    phase: state.phase,
    tension: state.tension,
    treaty: state.treaty,
    issues: { ...state.issues },
    commission: state.commission,
    sessionsHeld: state.sessionsHeld,
    seatOrder: state.seatOrder,
    seats,
    exchangesLed: state.exchangesLed,
    talks: { ...state.talks, offer: copyOffer(state.talks.offer) },
    session: state.session ? { ...state.session, offer: copyOffer(state.session.offer) } : null,
    contextDeck: state.contextDeck,
    fired: state.fired,
    averted: state.averted,
    objectivesMet: state.objectivesMet,
    cardsPlayed: state.cardsPlayed,
    timeline: state.timeline,
    log: UNLOGGED,
    result: state.result,
  };
}

function copySeat(seat: SeatState): SeatState {
  return {
    capital: seat.capital,
    pressure: seat.pressure,
    hand: seat.hand.slice(),
    drawPile: seat.drawPile.slice(),
    discard: seat.discard.slice(),
    objective: seat.objective,
    conceded: seat.conceded,
  };
}

export function copyOffer(offer: Offer | null): Offer | null {
  if (!offer) return null;
  return {
    ...offer,
    concession: offer.concession ? { ...offer.concession } : null,
    demand: offer.demand ? { ...offer.demand } : null,
  };
}
